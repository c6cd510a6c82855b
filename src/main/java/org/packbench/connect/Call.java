package org.packbench.connect;

import org.packbench.i18n.Message;

/**
 * What was asked of which marketplace, in words, so that every failure can say which call it was.
 *
 * @param marketplace the marketplace's name as the user knows it ("Ozon", "VK")
 * @param action the call in words, its subject included ("the packing report of posting 123-1")
 */
record Call(String marketplace, Message action) {}
