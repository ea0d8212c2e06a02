using DualCreationBot.Services.Roster;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using RosterAccount = DualCreationBot.Services.Roster.ChannelAccount;

namespace DualCreationBot.Dialogs.Identity;

/// <summary>Who is speaking in this turn: their channel account and, once recognised, the roster person.</summary>
public static class TurnPerson
{
    /// <summary>The roster account of the activity's sender: the AAD object id on Teams, the channel user id elsewhere.</summary>
    public static RosterAccount AccountOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channel = Channels.ForBotChannel(activity.ChannelId);
        var id = channel == Channels.Teams && !string.IsNullOrEmpty(activity.From?.AadObjectId) ? activity.From.AadObjectId : activity.From?.Id ?? string.Empty;
        return new RosterAccount(channel, id);
    }

    public static Person Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<Person>() ?? throw new InvalidOperationException("The turn has no recognised person.");
    }

    public static Person? Find(ITurnContext turnContext) => turnContext?.TurnState.Get<Person>();

    public static void Set(ITurnContext turnContext, Person person)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(person);
    }
}
