using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Reminders;

namespace DualCreationBot.Dialogs.Reminders;

/// <summary>截止日期 / 提醒: the deadlines ahead for the person's units and exactly what each still lacks.</summary>
public sealed class DeadlinesDialog(IUpcomingDeadlines deadlines, TimeProvider time) : Dialog(nameof(DeadlinesDialog))
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var upcoming = await deadlines.ForAsync(TurnPerson.Get(dc.Context), cancellationToken);
        var text = new StringBuilder(upcoming.Count == 0 ? Strings.DeadlinesNone : Strings.DeadlinesIntro);
        foreach (var item in upcoming)
        {
            text.Append('\n').Append(Strings.Format(
                nameof(Strings.DeadlineLine),
                item.Deadline.Subject,
                item.UnitName,
                DueText.When(item.Deadline.Due),
                DueText.DaysLeft(item.Deadline.Due, time),
                string.Join(Strings.KindSeparator, item.Deadline.Missing)));
        }

        await dc.Context.SendActivityAsync(text.ToString(), cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
