using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Services.Contacts;
using DualCreationBot.Services.Roster;
using Newtonsoft.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.Identity;

/// <summary>
/// Lets only people on the roster in. An unknown account gets its account id and the office's
/// contact, nothing else — unless it sends "绑定 CODE" with a code an administrator issued.
/// </summary>
public sealed class IdentityGate(IRosterService roster, IContactBook contacts)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> teamsSignIns = new(StringComparer.Ordinal);

    /// <summary>The person behind the activity, or null after answering an unknown account.</summary>
    public async Task<Person?> AdmitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var account = TurnPerson.AccountOf(turnContext.Activity);
        var person = await roster.FindAsync(account, cancellationToken).ConfigureAwait(false)
            ?? await FindByTeamsSignInAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (person is not null)
        {
            TurnPerson.Set(turnContext, person);
            await RememberAsync(turnContext, person, account, cancellationToken).ConfigureAwait(false);
            return person;
        }

        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        if (BindingCodeIn(turnContext.Activity.Text) is { } code)
        {
            var bound = await roster.BindAsync(code, account, cancellationToken).ConfigureAwait(false);
            if (bound is not null)
            {
                TurnPerson.Set(turnContext, bound);
                await RememberAsync(turnContext, bound, account, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Format(nameof(Strings.BindSucceeded), bound.Name)), cancellationToken).ConfigureAwait(false);
                return bound;
            }

            await turnContext.SendActivityAsync(MessageFactory.Text(Strings.BindFailed), cancellationToken).ConfigureAwait(false);
            return null;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Format(nameof(Strings.UnknownAccount), account.AccountId)), cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// A Teams user the roster knows by e-mail/UPN rather than by object id: Teams does not send the
    /// UPN with messages, so ask the channel for the member once and remember the answer.
    /// </summary>
    private async Task<Person?> FindByTeamsSignInAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelId != Channels.TeamsChannelId || turnContext.Activity.From?.Id is not { } userId)
        {
            return null;
        }

        if (!teamsSignIns.TryGetValue(userId, out var names))
        {
            try
            {
                var member = await TeamsInfo.GetMemberAsync(turnContext, userId, cancellationToken).ConfigureAwait(false);
                names = [.. new[] { member.UserPrincipalName, member.Email }.OfType<string>()];
            }
            catch (Exception e) when (e is ErrorResponseException or HttpRequestException or InvalidOperationException)
            {
                names = [];
            }

            teamsSignIns[userId] = names;
        }

        foreach (var name in names)
        {
            if (await roster.FindAsync(new Services.Roster.ChannelAccount(Channels.TeamsUpn, name), cancellationToken).ConfigureAwait(false) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Refreshes the conversation reference reminders are sent through (persisted, not only in memory).</summary>
    private Task RememberAsync(ITurnContext turnContext, Person person, Services.Roster.ChannelAccount account, CancellationToken cancellationToken)
    {
        var reference = turnContext.Activity.GetConversationReference();

        // The incoming activity's id changes every turn and is not needed to write proactively;
        // leaving it out means an unchanged conversation is not written again.
        reference.ActivityId = null;
        return contacts.RememberAsync(person.Id, account.Channel, account.AccountId, JsonConvert.SerializeObject(reference), cancellationToken);
    }

    private static string? BindingCodeIn(string? text)
    {
        var input = UserInput.Normalize(text);
        foreach (var word in Strings.Words(nameof(Strings.CommandsBind)))
        {
            var prefix = UserInput.Normalize(word);
            if (input.StartsWith(prefix, StringComparison.Ordinal) && input.Length > prefix.Length)
            {
                return input[prefix.Length..].Trim(' ', ':', '：');
            }
        }

        return null;
    }
}
