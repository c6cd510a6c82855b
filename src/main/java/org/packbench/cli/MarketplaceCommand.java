package org.packbench.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.InputFile;
import org.packbench.i18n.Message;
import org.packbench.marketplace.account.MarketplaceAccount;
import org.packbench.marketplace.account.MarketplaceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code packbench marketplace}: the seller's API accounts. Secrets come from a file, never the
 * command line, and are never printed: lists show the last four characters.
 */
@Command(
        name = "marketplace",
        description = "The marketplace API accounts (supervisors only).",
        subcommands = {
            MarketplaceCommand.Add.class,
            MarketplaceCommand.ListAccounts.class,
            MarketplaceCommand.Remove.class
        })
final class MarketplaceCommand {

    @Command(
            name = "add",
            description = "Add an account (or replace the one of that name).",
            subcommands = {MarketplaceCommand.AddOzon.class, MarketplaceCommand.AddVk.class})
    static final class Add {}

    @Command(name = "ozon", description = "An Ozon Seller API account: its Client-Id and the Api-Key in a file.")
    static final class AddOzon extends CommandBase implements Callable<Integer> {
        @Option(names = "--client-id", required = true, paramLabel = "ID")
        String clientId;

        @Option(
                names = "--api-key-file",
                required = true,
                paramLabel = "FILE",
                description = "A file holding the Api-Key (readable only by you).")
        Path keyFile;

        @Option(names = "--base-url", paramLabel = "URL", description = "Default: https://api-seller.ozon.ru")
        String baseUrl;

        @Option(names = "--name", paramLabel = "NAME", description = "Default: ozon")
        String name;

        @Override
        public Integer call() {
            return added(this, MarketplaceKind.OZON, name, clientId, keyFile, baseUrl);
        }
    }

    @Command(name = "vk", description = "A VK community: its group id and a community token in a file.")
    static final class AddVk extends CommandBase implements Callable<Integer> {
        @Option(names = "--group-id", required = true, paramLabel = "ID")
        String groupId;

        @Option(
                names = "--token-file",
                required = true,
                paramLabel = "FILE",
                description = "A file holding the community token (readable only by you).")
        Path tokenFile;

        @Option(names = "--base-url", paramLabel = "URL", description = "Default: https://api.vk.com")
        String baseUrl;

        @Option(names = "--name", paramLabel = "NAME", description = "Default: vk")
        String name;

        @Override
        public Integer call() {
            return added(this, MarketplaceKind.VK, name, groupId, tokenFile, baseUrl);
        }
    }

    private static int added(
            CommandBase c, MarketplaceKind kind, String name, String id, Path secretFile, String baseUrl) {
        byte[] bytes = InputFile.read(secretFile, InputFile.Kind.SECRET);
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        char[] secret = new char[chars.remaining()];
        chars.get(secret);
        Arrays.fill(chars.array(), '\0');
        MarketplaceAccount a = c.workbench()
                .marketplaces()
                .add(name == null ? kind.code() : name, kind, id, secret, Optional.ofNullable(baseUrl));
        c.out()
                .println(Message.of("marketplace.added", a.name(), a.kind().code(), a.baseUrl(), a.maskedSecret())
                        .in(c.locale()));
        return 0;
    }

    @Command(name = "list", description = "The accounts, secrets masked.")
    static final class ListAccounts extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            List<MarketplaceAccount> all = workbench().marketplaces().list();
            if (json) {
                out().println(Json.write(
                        all.stream().map(MarketplaceCommand::json).toList()));
                return 0;
            }
            if (all.isEmpty()) {
                err().println(Message.of("marketplace.none").in(locale()));
            }
            for (MarketplaceAccount a : all) {
                out().printf(
                                "%-12s %-5s %-14s %-40s %s%n",
                                a.name(), a.kind().code(), a.accountId(), a.baseUrl(), a.maskedSecret());
            }
            return 0;
        }
    }

    @Command(
            name = "remove",
            description = "Forget an account (its undelivered pushes stay, and fail until it returns).")
    static final class Remove extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            workbench().marketplaces().remove(name);
            out().println(Message.of("marketplace.removed", name).in(locale()));
            return 0;
        }
    }

    static Map<String, Object> json(MarketplaceAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("marketplace", a.kind().code());
        m.put(a.kind() == MarketplaceKind.OZON ? "client_id" : "group_id", a.accountId());
        m.put("base_url", a.baseUrl());
        m.put("secret", a.maskedSecret());
        m.put("added_at", a.addedAt().toString());
        m.put("added_by", a.addedBy());
        return m;
    }
}
