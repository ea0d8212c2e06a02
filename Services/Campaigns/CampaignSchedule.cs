namespace DualCreationBot.Services.Campaigns;

/// <summary>
/// Derives a cycle's dates from its application start, keeping the notice's offsets
/// (2018-09-02 start → application due 09-30, building to 2019-09-30, mid-term materials due
/// 2019-09-30 and evaluation in 2019-10, acceptance to 2020-09-30 with materials due 2020-05-31).
/// </summary>
public static class CampaignSchedule
{
    /// <summary>Explicit due dates that replace the derived ones (any may be null).</summary>
    public sealed record DueDates(DateOnly? ApplicationDue = null, DateOnly? MidTermDue = null, DateOnly? FinalDue = null);

    public static Campaign FromStart(DateOnly applicationStart, DueDates? overrides = null)
    {
        var notice = NoticeCampaign.Default;
        var origin = notice.Stage(StageKind.Application).Starts;
        DateOnly Shift(DateOnly noticeDate) => applicationStart.AddDays(noticeDate.DayNumber - origin.DayNumber);
        DateTimeOffset? Due(StageKind kind, DateOnly? explicitDate) =>
            notice.Stage(kind).Due is { } due ? BeijingTime.EndOfDay(explicitDate ?? Shift(DateOnly.FromDateTime(BeijingTime.ToBeijing(due).DateTime))) : null;

        var stages = notice.Stages.Select(s => s with
        {
            Starts = Shift(s.Starts),
            Ends = Shift(s.Ends),
            Due = s.Kind switch
            {
                StageKind.Application => Due(s.Kind, overrides?.ApplicationDue),
                StageKind.MidTerm => Due(s.Kind, overrides?.MidTermDue),
                StageKind.Acceptance => Due(s.Kind, overrides?.FinalDue),
                _ => null,
            },
        }).ToList();
        return notice with
        {
            Id = applicationStart.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            FirstYear = applicationStart.Year,
            Stages = stages,
        };
    }
}
