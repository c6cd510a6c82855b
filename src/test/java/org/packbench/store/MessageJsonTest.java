package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.Message;

/** A reason kept with a push reads back whole, in the reader's language, the messages inside it too. */
class MessageJsonTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aMessageInsideAMessageIsKeptAsAMessageNotAsItsEnglish() {
        Message why = Message.of(
                "connect.ozon.rejected",
                Message.of("connect.action.ozon.ship", "0001-1"),
                Message.of("connect.ozon.reason.POSTING_ALREADY_CANCELLED"),
                400,
                "POSTING_ALREADY_CANCELLED");
        Message back = MessageJson.read(MessageJson.write(why)).orElseThrow();
        assertEquals(why.in(RU), back.in(RU));
        assertEquals(why.english(), back.english());
        assertEquals(
                "Ozon отклонил запрос «отметка о сборке отправления 0001-1»: отправление отменено (HTTP 400, "
                        + "код POSTING_ALREADY_CANCELLED). Повторная отправка не поможет; проверьте отправление в "
                        + "личном кабинете продавца Ozon.",
                back.in(RU));
    }

    @Test
    void aReasonWrittenBeforeNestedMessagesWereKeptStillReads() {
        String older = "{\"key\":\"connect.timeout\",\"args\":[\"VK\",\"the track number of order 1-2\",20000]}";
        assertEquals(
                "VK не ответил на запрос «the track number of order 1-2» за 20000 мс; выполнен ли он, неизвестно. "
                        + "PackBench повторит попытку позже.",
                MessageJson.read(older).orElseThrow().in(RU));
        assertEquals(Optional.empty(), MessageJson.read(""));
    }
}
