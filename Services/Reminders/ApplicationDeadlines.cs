using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;
using DualCreationBot.Services.Campaigns;

namespace DualCreationBot.Services.Reminders;

/// <summary>
/// The application close: every secretary's unit whose project is not submitted owes its 申报书, by the
/// campaign's application due or the unit's extension. What is missing is listed by form section.
/// </summary>
internal sealed class ApplicationDeadlines : IDeadlineSource
{
    public const string Kind = "application";

    public IEnumerable<Deadline> Deadlines(PlanningSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var campaign = snapshot.Campaign;
        if (campaign.Stage(StageKind.Application).Due is not { } campaignDue)
        {
            yield break;
        }

        // Resolved once per sweep: the same few texts serve every unit.
        var subject = ReminderTexts.Get("Subject.Application");
        string[] whole = [ReminderTexts.Get("Missing.WholeApplication")];
        var start = ReminderTexts.Get("Action.StartApplication");
        var resume = ReminderTexts.Get("Action.ContinueApplication");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in snapshot.SecretaryUnits)
        {
            var project = snapshot.ProjectOf(unit.Id);
            if (project?.Status == ProjectStatus.Submitted)
            {
                continue;
            }

            var key = Deadline.KeyFor(Kind, campaign.Id, unit.Id);
            var due = project?.ExtendedDue ?? campaignDue;
            yield return project is null
                ? new(key, Kind, campaign.Id, unit.Id, due, whole, subject, start)
                : new(key, Kind, campaign.Id, unit.Id, due, Missing(project, labels), subject, resume);
        }
    }

    /// <summary>
    /// The sections still open, as ApplicationProgress.Missing judges fields: a section with nothing
    /// answered by its name, a partly answered one with its missing fields; a complete draft owes the submission.
    /// </summary>
    private static IReadOnlyList<string> Missing(Project project, Dictionary<string, string> labels)
    {
        var missing = new List<string>();
        foreach (var section in ApplicationForms.For(project.Type).Sections)
        {
            var open = section.Fields.Where(f => ApplicationProgress.NextIn(f, project) is { Kind: not NextKind.More }).ToList();
            if (open.Count == 0)
            {
                continue;
            }

            var name = Label(labels, "section." + section.Id, () => FormTexts.Section(section));
            missing.Add(open.Count == section.Fields.Count
                ? name
                : ReminderTexts.Format("SectionPartial", name, ReminderTexts.List(open.Select(f => Label(labels, f.Id, () => FormTexts.Label(f))))));
        }

        return missing.Count > 0 ? missing : [ReminderTexts.Get("Missing.SubmitOnly")];
    }

    private static string Label(Dictionary<string, string> labels, string id, Func<string> read)
    {
        if (!labels.TryGetValue(id, out var label))
        {
            labels[id] = label = read();
        }

        return label;
    }
}
