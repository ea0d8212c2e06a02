using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Services.Reminders.Sweeping;

/// <summary>Tells every administrator (on their reachable accounts) that someone can no longer be reached.</summary>
public sealed class UnreachableNotices(IRosterService roster, IContactBook contacts, IMessageChannel channel)
{
    public async Task TellAdministratorsAsync(Contact lost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lost);
        var people = await roster.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var name = people.Person(lost.PersonId)?.Name ?? lost.PersonId;
        var text = ReminderTexts.Format("Unreachable", name, lost.Channel, lost.AccountId);
        foreach (var administrator in people.People.Where(p => p.IsAdministrator && p.Id != lost.PersonId))
        {
            foreach (var contact in (await contacts.ForAsync(administrator.Id, cancellationToken).ConfigureAwait(false)).Where(c => !c.Unreachable))
            {
                await channel.SendAsync(contact, text, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
