using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Deliverables;

namespace DualCreationBot.Dialogs.Deliverables;

/// <summary>
/// 查看进度: for each project the person may see (a 总支 secretary also its branches'), each stage's
/// items as handed in, late or missing, with the due instant and the days left.
/// </summary>
public sealed class DeliverableProgressDialog(IDeliverableService deliverables, TimeProvider time) : Dialog(nameof(DeliverableProgressDialog))
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var projects = await deliverables.ProgressAsync(TurnPerson.Get(dc.Context), cancellationToken);
        var text = projects.Count == 0
            ? Strings.ProgressNone
            : string.Join("\n\n", projects.OrderByDescending(p => p.Own).ThenBy(p => p.UnitId, StringComparer.Ordinal).Select(Describe));
        await dc.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private string Describe(ProjectDeliverables project)
    {
        var text = new StringBuilder(Strings.Format(nameof(Strings.ProgressProject), project.UnitName));
        foreach (var stage in project.Items.GroupBy(i => i.Item.Stage))
        {
            var window = stage.First().Window;
            text.Append('\n').Append(Strings.Format(nameof(Strings.ProgressStage), DeliverableTexts.Stage(stage.Key), DueText.When(window.Due), DueText.DaysLeft(window.Due, time)));
            foreach (var item in stage)
            {
                text.Append('\n').Append(Line(item));
            }
        }

        return text.ToString();
    }

    private static string Line(ItemProgress item)
    {
        var label = DeliverableTexts.Label(item.Item) + (item.Item.Required ? string.Empty : Strings.ProgressOptional);
        var late = item.State == ItemState.Late;
        if (item.Link is { } link)
        {
            return Strings.Format(late ? nameof(Strings.ProgressLinkLate) : nameof(Strings.ProgressLinkDone), label, link.Name, link.Url);
        }

        return item.Latest is { } version
            ? Strings.Format(late ? nameof(Strings.ProgressLate) : nameof(Strings.ProgressDone), label, version.Version, DueText.When(version.UploadedAt))
            : Strings.Format(nameof(Strings.ProgressMissing), label);
    }
}
