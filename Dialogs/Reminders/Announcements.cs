using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Reminders.Sweeping;
using DualCreationBot.Services.Roster;

namespace DualCreationBot.Dialogs.Reminders;

/// <summary>Who an announcement reached, and who it missed and why (user-facing lines).</summary>
public sealed record AnnouncementResult(int Reached, IReadOnlyList<string> Missed);

/// <summary>Sends an administrator's announcement to people on every reachable account, through the same channel as reminders.</summary>
public sealed class Announcements(IContactBook contacts, IMessageChannel channel)
{
    public async Task<AnnouncementResult> SendAsync(IReadOnlyList<Person> people, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var reached = 0;
        var missed = new List<string>();
        foreach (var person in people)
        {
            var all = await contacts.ForAsync(person.Id, cancellationToken).ConfigureAwait(false);
            var sent = false;
            var blocked = all.Count > 0 && all.All(c => c.Unreachable);
            foreach (var contact in all.Where(c => !c.Unreachable))
            {
                var result = await channel.SendAsync(contact, text, cancellationToken).ConfigureAwait(false);
                sent |= result == DeliveryResult.Sent;
                if (result == DeliveryResult.Unreachable)
                {
                    await contacts.MarkUnreachableAsync(contact.PersonId, contact.Channel, contact.AccountId, cancellationToken).ConfigureAwait(false);
                    blocked = true;
                }
            }

            if (sent)
            {
                reached++;
            }
            else
            {
                var why = all.Count == 0 ? nameof(Strings.MissedNeverUsed) : blocked ? nameof(Strings.MissedBlocked) : nameof(Strings.MissedFailed);
                missed.Add(Strings.Format(why, person.Name));
            }
        }

        return new AnnouncementResult(reached, missed);
    }
}
