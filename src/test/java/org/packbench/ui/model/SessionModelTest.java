package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.access.Role;
import org.packbench.app.Workbench;
import org.packbench.ui.model.SessionModel.Mode;

/** The session strip: setup mode, who works, a supervisor on top, and the access control's refusals in Russian. */
class SessionModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger askedToSignIn = new AtomicInteger();
    private SessionModel model;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("session.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        model = new SessionModel(
                bench.access(), new UiText(Locale.forLanguageTag("ru")), work, changed::incrementAndGet);
        model.whenSignInNeeded(askedToSignIn::incrementAndGet);
    }

    private void accounts() {
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
    }

    @Test
    void aNewBenchSaysItIsInSetupModeAndItsFirstAccountIsASupervisor() {
        model.askForWorker();
        assertEquals(0, askedToSignIn.get(), "nobody to sign in as yet");
        assertEquals(
                "Режим настройки: руководителя ещё нет, поэтому разрешено всё. Создать руководителя: Ctrl+U",
                model.who());
        assertEquals(Mode.SETUP, model.mode());
        assertEquals(Role.SUPERVISOR, model.newUserRole());
        assertTrue(model.newUserHeader().startsWith("Первый руководитель этого рабочего места"), model.newUserHeader());
        assertNull(work.unexpected());
    }

    @Test
    void signingOutInSetupModeIsSaidNotIgnored() {
        model.refresh();
        model.signOut();
        assertEquals(StatusLine.Tone.ERROR, model.message().tone());
        assertTrue(
                model.message().text().startsWith("Ctrl+L не действует в режиме настройки"),
                model.message().text());
        assertEquals(0, changed.get());
    }

    @Test
    void theFirstSupervisorEndsSetupModeAndThePinHandedInIsWiped() {
        model.refresh();
        char[] pin = "4711".toCharArray();
        model.addUser("boss", Role.SUPERVISOR, pin);
        assertArrayEquals(new char[4], pin, "the PIN is not kept after the call");
        assertEquals(StatusLine.Tone.OK, model.message().tone());
        assertEquals(
                "Пользователь boss добавлен (руководитель)", model.message().text());
        assertFalse(bench.access().setupMode());
        assertEquals(Mode.WORKER, model.mode());
        assertEquals(Role.PACKER, model.newUserRole());
        assertEquals("Новый пользователь", model.newUserHeader());
    }

    @Test
    void aSupervisorWithoutAPinIsRefusedInRussian() {
        model.refresh();
        model.addUser("boss", Role.SUPERVISOR, new char[0]);
        assertEquals(StatusLine.Tone.ERROR, model.message().tone());
        assertTrue(bench.access().setupMode());
    }

    @Test
    void onceAccountsExistSomeoneIsAskedToSignInAndThePackerWorks() {
        accounts();
        model.askForWorker();
        assertEquals(1, askedToSignIn.get());
        assertEquals("Никто не вошёл: войдите, чтобы печатать (Ctrl+L)", model.who());
        List<List<String>> names = new ArrayList<>();
        model.names(names::add);
        assertTrue(names.get(0).containsAll(List.of("anna", "boss")), names.toString());

        model.signIn("anna", new char[0]);
        assertEquals("Работает: anna (упаковщик)", model.who());
        assertEquals(Mode.WORKER, model.mode());
        assertEquals("", model.message().text());
        assertEquals(1, changed.get());
        model.askForWorker();
        assertEquals(1, askedToSignIn.get(), "someone is working: nobody is asked");
    }

    @Test
    void aWrongPinIsSaidCountsTowardsTheLockAndIsWiped() {
        accounts();
        model.signIn("anna", new char[0]);
        char[] pin = "0000".toCharArray();
        model.signIn("boss", pin);
        assertArrayEquals(new char[4], pin);
        assertEquals(StatusLine.Tone.ERROR, model.message().tone());
        assertEquals(
                "неверный PIN-код для boss; осталось попыток до блокировки: 4",
                model.message().text());
        assertEquals(
                "неверный PIN-код для boss; осталось попыток до блокировки: 4",
                model.signInHeader(true),
                "the dialog asked again says why");
        assertEquals(
                1,
                bench.access().accounts().stream()
                        .filter(a -> a.name().equals("boss"))
                        .findFirst()
                        .get()
                        .failures());
        assertEquals("Работает: anna (упаковщик)", model.who());
    }

    @Test
    void aSupervisorSignsInOnTopAndCtrlLHandsTheBenchBack() {
        accounts();
        model.signIn("anna", new char[0]);
        assertEquals("Руководитель (F9)", model.signInHeader(true));
        model.signIn("boss", "4711".toCharArray());
        assertTrue(model.who().startsWith("Руководитель: boss, права до "), model.who());
        assertEquals(Mode.SUPERVISOR, model.mode());

        model.signOut();
        assertEquals("Работает: anna (упаковщик)", model.who());
        assertEquals(Mode.WORKER, model.mode());
        assertEquals(0, askedToSignIn.get(), "the packer is still there");

        model.signOut();
        assertEquals(1, askedToSignIn.get(), "the packer left: the next one signs in");
        assertEquals("Никто не вошёл: войдите, чтобы печатать (Ctrl+L)", model.who());
    }
}
