using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Deliverables;

namespace DualCreationBot.Services.Reminders;

/// <summary>
/// The deliverables of one stage: required checklist items not yet handed in (no version, no link)
/// by the stage's due instant (for rectification, the project's own deadline). Only submitted
/// projects owe deliverables: the stand-in for "selected" until the review outcome is recorded.
/// </summary>
internal sealed class DeliverableDeadlines(DeliveryStage stage) : IDeadlineSource
{
    private readonly ChecklistItem[] items = [.. Checklist.Items.Where(i => i.Stage == stage && i.Required)];

    public string Kind { get; } = stage switch
    {
        DeliveryStage.MidTerm => "midterm",
        DeliveryStage.Rectification => "rectification",
        _ => "acceptance",
    };

    public IEnumerable<Deadline> Deadlines(PlanningSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var campaign = snapshot.Campaign;
        var subject = DeliverableTexts.Stage(stage);
        var action = ReminderTexts.Get("Action.Deliver");
        var labels = items.ToDictionary(i => i.Id, DeliverableTexts.Label, StringComparer.Ordinal);

        // Only a rectification window depends on the project; the others are worked out once per sweep.
        var shared = stage == DeliveryStage.Rectification ? null : Checklist.Window(campaign, new Project(), stage);
        foreach (var unit in snapshot.SecretaryUnits)
        {
            var project = snapshot.ProjectOf(unit.Id);
            if (project?.Status != ProjectStatus.Submitted || (shared ?? Checklist.Window(campaign, project, stage)) is not { } window)
            {
                continue;
            }

            var record = snapshot.DeliverablesOf(unit.Id);
            var missing = items.Where(i => !HandedIn(record, i.Id)).Select(i => labels[i.Id]).ToList();
            if (missing.Count > 0)
            {
                yield return new(Deadline.KeyFor(Kind, campaign.Id, unit.Id), Kind, campaign.Id, unit.Id, window.Due, missing, subject, action);
            }
        }
    }

    private static bool HandedIn(DeliverableRecord? record, string itemId) =>
        record is not null && (record.Versions(itemId).Count > 0 || record.Links.ContainsKey(itemId));
}
