namespace DualCreationBot.Services.Campaigns;

/// <summary>The four steps of notice §三, in order.</summary>
public enum StageKind
{
    /// <summary>申报认定: units apply; the panel selects, a 公示 follows, the Party Committee approves.</summary>
    Application,

    /// <summary>创建达标: selected units carry out their plans.</summary>
    Building,

    /// <summary>中期评估: annual summary and results report due; pass releases year-2 funding.</summary>
    MidTerm,

    /// <summary>巩固验收: work summary and results (at least the 四个一) due; pass closes the project.</summary>
    Acceptance,
}

/// <summary>A stage's period (Beijing dates) and, where units must hand something in, its due instant.</summary>
public sealed record CampaignStage(StageKind Kind, DateOnly Starts, DateOnly Ends, DateTimeOffset? Due);

/// <summary>One two-year cycle of the programme: its stages, quotas and funding, as data.</summary>
public sealed record Campaign(
    string Id,
    int FirstYear,
    IReadOnlyList<CampaignStage> Stages,
    int BenchmarkCollegeQuota,
    int ModelBranchQuota,
    decimal BenchmarkCollegeFundingPerYear,
    decimal ModelBranchFundingPerYear,
    int TrainingPlacesPerYear)
{
    public CampaignStage Stage(StageKind kind) => Stages.Single(s => s.Kind == kind);

    /// <summary>The stage whose period contains today (Beijing), or <c>null</c> before or after the cycle.</summary>
    public CampaignStage? CurrentStage(TimeProvider time)
    {
        var today = BeijingTime.Today(time);
        return Stages.FirstOrDefault(s => s.Starts <= today && today <= s.Ends);
    }
}

/// <summary>The first cycle exactly as notice 党办字〔2018〕15号 sets it.</summary>
public static class NoticeCampaign
{
    public static Campaign Default { get; } = new(
        "2018",
        2018,
        [
            // §三(一): 2018-09-02 to 09-30; materials "于2018年9月30日前" — read as the end of that day.
            new(StageKind.Application, new(2018, 9, 2), new(2018, 9, 30), BeijingTime.EndOfDay(new(2018, 9, 30))),
            // §三(二): 2018-10 to 2019-09; nothing is handed in.
            new(StageKind.Building, new(2018, 10, 1), new(2019, 9, 30), null),
            // §三(三): evaluation 2019-10; materials "于2019年9月底前".
            new(StageKind.MidTerm, new(2019, 10, 1), new(2019, 10, 31), BeijingTime.EndOfDay(new(2019, 9, 30))),
            // §三(四): 2019-10 to 2020-09; materials "于2020年6月前", i.e. by the end of 2020-05-31.
            new(StageKind.Acceptance, new(2019, 10, 1), new(2020, 9, 30), BeijingTime.EndOfDay(new(2020, 5, 31))),
        ],
        BenchmarkCollegeQuota: 5,
        ModelBranchQuota: 20,
        BenchmarkCollegeFundingPerYear: 10_000m,
        ModelBranchFundingPerYear: 5_000m,
        TrainingPlacesPerYear: 30);
}
