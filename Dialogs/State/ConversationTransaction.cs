using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Dialogs.State;

/// <summary>
/// Runs a turn as an optimistic transaction on the conversation's state: load, run, save on the
/// condition that no other turn saved in between. When another turn won, the replies this attempt
/// produced are discarded, the state is read again and the turn runs again, so concurrent turns
/// never lose each other's updates. Replies are held back until the state is saved and then sent
/// in order. Project data is not part of this: services save it themselves, idempotently.
/// </summary>
public sealed class ConversationTransaction(ConversationState conversationState)
{
    private const int MaxAttempts = 100;

    public ConversationState State { get; } = conversationState;

    public async Task RunAsync(ITurnContext turnContext, Func<CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        var held = new List<Activity>();
        var holding = true;
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            if (!holding)
            {
                return await next().ConfigureAwait(false);
            }

            held.AddRange(activities);
            return [.. activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N")))];
        });

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await State.LoadAsync(turnContext, force: attempt > 1, cancellationToken).ConfigureAwait(false);
                await turn(cancellationToken).ConfigureAwait(false);
                try
                {
                    await State.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    held.Clear();
                    await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 20)), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // On failure the held replies are dropped: the error handler speaks instead.
            holding = false;
        }

        if (held.Count > 0)
        {
            await turnContext.SendActivitiesAsync([.. held], cancellationToken).ConfigureAwait(false);
        }
    }
}
