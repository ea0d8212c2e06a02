namespace DualCreationBot.Services.Applications.Forms;

/// <summary>
/// The 申报书 of notice 附件3 as data, one form per project type: basic facts, the eligibility
/// self-check of notice §二(一) or §二(二), work foundation, the two-year plan, expected results
/// (the six forms of §三(二)), the budget and the supporting materials.
/// </summary>
public static class ApplicationForms
{
    public const string Budget = "budget";
    public const string BudgetYear = "budget.year";
    public const string BudgetAmount = "budget.amount";
    public const string Materials = "materials";

    public static ApplicationForm BenchmarkCollege { get; } = new(ProjectType.BenchmarkCollege,
    [
        Basic(),
        new("eligibility",
        [
            Condition("elig.c1"),
            LongText("elig.c1.evidence"),
            Condition("elig.c2"),
            new("elig.c2.award", FieldKind.Text) { MaxLength = 200 },
            new("elig.c2.ratings", FieldKind.Text) { MaxLength = 100, AlternativeTo = "elig.c2.award" },
            LongText("elig.c2.recruitment"),
            Condition("elig.c3"),
            Condition("elig.c4"),
            LongText("elig.c4.evidence"),
        ]),
        Foundation(),
        Plan(),
        Results(),
        BudgetSection(),
        MaterialsSection(),
    ]);

    public static ApplicationForm ModelBranch { get; } = new(ProjectType.ModelBranch,
    [
        Basic(),
        new("eligibility",
        [
            Condition("elig.b1"),
            LongText("elig.b1.evidence"),
            Condition("elig.b2"),
            new("elig.b2.award", FieldKind.Text) { MaxLength = 200 },
            new("elig.b2.ratings", FieldKind.Text) { MaxLength = 100, AlternativeTo = "elig.b2.award" },
            new("elig.b2.member", FieldKind.Text) { MaxLength = 200 },
            LongText("elig.b2.dualLeader"),
            Condition("elig.b3"),
            Condition("elig.b4"),
            LongText("elig.b4.evidence"),
        ]),
        Foundation(),
        Plan(),
        Results(),
        BudgetSection(),
        MaterialsSection(),
    ]);

    public static ApplicationForm For(ProjectType type) => type == ProjectType.BenchmarkCollege ? BenchmarkCollege : ModelBranch;

    private static FormSection Basic() => new("basic",
    [
        new("basic.secretary", FieldKind.Text) { MaxLength = 30 },
        new("basic.phone", FieldKind.Text) { MaxLength = 30, Pattern = @"^[0-9０-９+\-－ ()（）]{7,20}$" },
        new("basic.members", FieldKind.Number) { Min = 1, Max = 5000, WholeNumber = true },
    ]);

    private static FormSection Foundation() => new("foundation",
    [
        LongText("foundation.basis"),
        LongText("foundation.practices"),
        LongText("foundation.features"),
    ]);

    private static FormSection Plan() => new("plan",
    [
        LongText("plan.goal"),
        LongText("plan.year1"),
        LongText("plan.year2"),
        new("plan.tasks", FieldKind.Group)
        {
            MinItems = 1,
            MaxItems = 10,
            ItemFields =
            [
                new("task.content", FieldKind.Text) { MaxLength = 300 },
                new("task.roadmap", FieldKind.Text) { MaxLength = 300 },
                new("task.timetable", FieldKind.Text) { MaxLength = 100 },
                new("task.owner", FieldKind.Text) { MaxLength = 50 },
            ],
        },
    ]);

    private static FormSection Results() => new("results",
    [
        new("results", FieldKind.Group)
        {
            MinItems = 1,
            MaxItems = 6,
            UniqueItemField = "result.form",
            ItemFields =
            [
                new("result.form", FieldKind.Choice)
                {
                    Options =
                    [
                        new("system", ["制度", "机制", "制度体系"]),
                        new("method", ["工作法", "案例", "典型案例"]),
                        new("brand", ["品牌", "育人载体", "思政品牌"]),
                        new("platform", ["平台", "宣传平台", "网络阵地"]),
                        new("research", ["论文", "专著", "研究"]),
                        new("promotion", ["推广", "示范", "辐射带动"]),
                    ],
                },
                new("result.description", FieldKind.LongText) { MaxLength = 500 },
            ],
        },
    ]);

    private static FormSection BudgetSection() => new(Budget,
    [
        new(Budget, FieldKind.Group)
        {
            MinItems = 1,
            MaxItems = 20,
            ItemFields =
            [
                new(BudgetYear, FieldKind.Choice) { Options = [new("1", ["第一年", "一"]), new("2", ["第二年", "二"])] },
                new("budget.item", FieldKind.Text) { MaxLength = 50 },
                new(BudgetAmount, FieldKind.Number) { Min = 1, Max = 10_000 },
                new("budget.purpose", FieldKind.Text) { MaxLength = 200 },
            ],
        },
    ]);

    private static FormSection MaterialsSection() => new(Materials,
    [
        new(Materials, FieldKind.Attachments) { MinItems = 1, MaxItems = 20 },
    ]);

    private static FormField Condition(string id) => new(id, FieldKind.YesNo) { HardCondition = true };

    private static FormField LongText(string id) => new(id, FieldKind.LongText) { MaxLength = 2000 };
}
