using System.Text;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Reminders;

/// <summary>未送达名单: secretaries reminders cannot reach — they removed or blocked the bot, or never used it.</summary>
public sealed class UnreachableDialog(IRosterService roster, IContactBook contacts) : Dialog(nameof(UnreachableDialog))
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var lines = new List<string>();
        foreach (var person in (await roster.CurrentAsync(cancellationToken)).People.Where(p => p.SecretaryOf.Any()))
        {
            var all = await contacts.ForAsync(person.Id, cancellationToken);
            if (all.Count == 0)
            {
                lines.Add(Strings.Format(nameof(Strings.MissedNeverUsed), person.Name));
            }
            else if (all.All(c => c.Unreachable))
            {
                lines.Add(Strings.Format(nameof(Strings.MissedBlocked), person.Name));
            }
        }

        var text = new StringBuilder(lines.Count == 0 ? Strings.UnreachableNone : Strings.UnreachableIntro);
        foreach (var line in lines)
        {
            text.Append("\n· ").Append(line);
        }

        await dc.Context.SendActivityAsync(text.ToString(), cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
