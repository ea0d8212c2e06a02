using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Applications;
using DualCreationBot.Services.Applications.Forms;

namespace DualCreationBot.Dialogs.Application;

/// <summary>
/// 我的申报: every application the person may see — their own, a 总支's branches, a branch's
/// 总支 — with its status, what is still missing, the due instant and the days left.
/// </summary>
public sealed class MyApplicationsDialog(IApplicationService applications, TimeProvider time) : Dialog(nameof(MyApplicationsDialog))
{
    private const int MissingShown = 3;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var overviews = await applications.OverviewAsync(TurnPerson.Get(dc.Context), cancellationToken);
        var text = overviews.Count == 0 ? Strings.MyApplicationsNone : List(overviews);
        await dc.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private string List(IReadOnlyList<ProjectOverview> overviews)
    {
        var text = new StringBuilder(Strings.MyApplicationsIntro);
        var number = 0;
        foreach (var o in overviews.OrderByDescending(o => o.Own).ThenBy(o => o.UnitKind).ThenBy(o => o.UnitId, StringComparer.Ordinal))
        {
            text.Append('\n').Append(Strings.Format(
                nameof(Strings.ProjectLine),
                ++number,
                o.UnitName,
                FormTexts.ProjectType(o.Type),
                ApplicationReplies.Status(o),
                DueText.When(o.Due),
                o.Status == ProjectStatus.Submitted ? string.Empty : DueText.DaysLeft(o.Due, time)).TrimEnd('，', ',', ' '));
            if (o.Status != ProjectStatus.Submitted && o.Missing.Count > 0)
            {
                var missing = string.Join("；", o.Missing.Take(MissingShown).Select(m => FieldPrompts.Short(m, 24)));
                text.Append('\n').Append(Strings.Format(nameof(Strings.ProjectMissing), o.Missing.Count > MissingShown ? missing + "……" : missing));
            }
        }

        return text.ToString();
    }
}
