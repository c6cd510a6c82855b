package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.packbench.ui.model.Work;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Jobs given to a lane answer in the order given, however long each one takes. */
@ExtendWith(ApplicationExtension.class)
class BackgroundLaneTest {
    @Start
    void start(Stage stage) {}

    @Test
    void answersComeBackInTheOrderTheJobsWereGiven(FxRobot robot) throws Exception {
        Background background = new Background();
        try {
            Work lane = background.inOrder();
            List<Integer> answered = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(7);
            robot.interact(() -> {
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    int pause = random.nextInt(0, 6);
                    // A later job that is quicker must still answer after an earlier slow one.
                    lane.run(
                            () -> {
                                Thread.sleep(pause);
                                return n;
                            },
                            answered::add,
                            t -> answered.add(-1));
                }
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answered.size() == 40);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                expected.add(i);
            }
            assertEquals(expected, answered);
        } finally {
            background.shutdown();
        }
    }
}
