namespace DualCreationBot.Services.Reminders;

/// <summary>
/// Something a unit owes by an instant. <see cref="Missing"/>, <see cref="Subject"/> and
/// <see cref="Action"/> are user-facing, in the UI culture current when the source ran; an empty
/// <see cref="Missing"/> means nothing is owed and no reminder goes out.
/// </summary>
/// <param name="Key">Stable identity of the deadline ("application/2018/BR-WX-1"), the stem of every reminder key.</param>
/// <param name="Kind">"application", "midterm", "acceptance", "rectification", or a new source's own kind.</param>
/// <param name="CampaignId">The campaign the deadline belongs to.</param>
/// <param name="UnitId">The unit that owes something.</param>
/// <param name="Due">The instant after which it is late (a unit's extension or rectification deadline included).</param>
/// <param name="Missing">User-facing names of what is still owed.</param>
/// <param name="Subject">What is due, as the message names it ("中期评估材料").</param>
/// <param name="Action">The sentence telling the secretary what to do in the chat.</param>
public sealed record Deadline(
    string Key,
    string Kind,
    string CampaignId,
    string UnitId,
    DateTimeOffset Due,
    IReadOnlyList<string> Missing,
    string Subject,
    string Action)
{
    /// <summary>Who is reminded; null means the unit's secretaries (a source for reviewers would name them).</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    public static string KeyFor(string kind, string campaignId, string unitId) => $"{kind}/{campaignId}/{unitId}";
}

/// <summary>
/// One kind of deadline. New kinds (公示 windows, pending reviews, …) are new sources registered as
/// <see cref="IDeadlineSource"/>; the planner and the sweep enumerate all of them and need no change.
/// Sources are synchronous over the snapshot so a sweep reads storage once, in the loader.
/// </summary>
public interface IDeadlineSource
{
    IEnumerable<Deadline> Deadlines(PlanningSnapshot snapshot);
}
