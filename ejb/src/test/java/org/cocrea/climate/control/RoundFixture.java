package org.cocrea.climate.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;

/** Small instruments, units and answer sheets for the results and report tests. */
public final class RoundFixture {

    public static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    private RoundFixture() {}

    /**
     * Two factors: "trust" with trust-1 and the reverse-keyed trust-2, and "ideas" with ideas-1..3.
     * Item order: trust-1, trust-2, ideas-1, ideas-2, ideas-3.
     */
    public static InstrumentDefinition instrument(int points) {
        return new InstrumentDefinition(
                "pulse",
                Construct.INNOVATION_CLIMATE,
                Respondent.EMPLOYEE,
                points,
                new Text("Team pulse", "团队脉搏"),
                null,
                null,
                null,
                anchors(points),
                List.of(
                        new InstrumentDefinition.FactorDef(
                                "trust",
                                null,
                                new Text("Trust", "信任"),
                                null,
                                List.of(
                                        item("trust-1", "My ideas are heard.", "我的想法会被倾听。", false),
                                        item("trust-2", "People here are afraid to speak up.", "这里的人不敢发言。", true))),
                        new InstrumentDefinition.FactorDef(
                                "ideas",
                                null,
                                new Text("Ideas", "创意"),
                                null,
                                List.of(
                                        item("ideas-1", "We try new things.", "我们尝试新事物。", false),
                                        item("ideas-2", "New ideas get time.", "新想法能得到时间。", false),
                                        item("ideas-3", "We learn from failures.", "我们从失败中学习。", false)))));
    }

    /** One factor of one item (no reliability possible), 5 points. */
    public static InstrumentDefinition singleItem() {
        return new InstrumentDefinition(
                "single",
                Construct.OTHER,
                Respondent.EMPLOYEE,
                5,
                new Text("Single", "单项"),
                null,
                null,
                null,
                anchors(5),
                List.of(new InstrumentDefinition.FactorDef(
                        "overall",
                        null,
                        new Text("Overall", "总体"),
                        null,
                        List.of(item("overall-1", "All good.", "都好。", false)))));
    }

    public static InstrumentDefinition.ItemDef item(String key, String en, String zh, boolean reverse) {
        return new InstrumentDefinition.ItemDef(key, new Text(en, zh), reverse);
    }

    public static List<InstrumentDefinition.AnchorDef> anchors(int points) {
        List<InstrumentDefinition.AnchorDef> out = new ArrayList<>();
        for (int p = 1; p <= points; p++) {
            out.add(new InstrumentDefinition.AnchorDef(p, new Text("point " + p, "第" + p + "点")));
        }
        return out;
    }

    public static RoundUnit unit(String id, String parentId) {
        return new RoundUnit(id, parentId, "Unit " + id);
    }

    public static AnswerSheet sheet(String unitId, int... answers) {
        return new AnswerSheet(unitId, answers, null);
    }

    public static AnswerSheet sheet(String unitId, String comment, int... answers) {
        return new AnswerSheet(unitId, answers, comment);
    }

    /** {@code count} identical sheets. */
    public static List<AnswerSheet> sheets(int count, String unitId, int... answers) {
        List<AnswerSheet> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(sheet(unitId, answers));
        }
        return out;
    }

    public static RoundAnswers round(InstrumentDefinition instrument, List<RoundUnit> units, List<AnswerSheet> sheets) {
        return new RoundAnswers("Pulse 2026", DATE, instrument, units, sheets);
    }

    /** D = T1 (3) + T2 (6) + T3 (7): T1 is too small, T2 is hidden so that D − T3 cannot reveal T1. */
    public static RoundAnswers subtractionCase() {
        List<RoundUnit> units = List.of(unit("D", null), unit("T1", "D"), unit("T2", "D"), unit("T3", "D"));
        List<AnswerSheet> all = new ArrayList<>();
        all.add(sheet("T1", 1, 4, 1, 2, 1));
        all.add(sheet("T1", 2, 5, 1, 1, 2));
        all.add(sheet("T1", 1, 5, 2, 2, 1));
        int[][] t2 = {
            {3, 3, 2, 3, 3}, {2, 3, 3, 3, 2}, {3, 2, 3, 2, 3}, {2, 2, 3, 3, 3}, {3, 3, 2, 2, 2}, {2, 3, 3, 2, 3}
        };
        for (int[] a : t2) {
            all.add(sheet("T2", a));
        }
        int[][] t3 = {
            {5, 1, 5, 4, 5},
            {4, 2, 4, 5, 5},
            {5, 1, 4, 4, 4},
            {4, 1, 5, 5, 4},
            {5, 2, 5, 4, 4},
            {4, 1, 4, 5, 5},
            {5, 2, 4, 4, 5}
        };
        for (int[] a : t3) {
            all.add(sheet("T3", a));
        }
        return round(instrument(5), units, all);
    }
}
