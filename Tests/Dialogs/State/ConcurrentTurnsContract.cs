using DualCreationBot.Dialogs.State;
using DualCreationBot.Services.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Tests.Dialogs.State;

/// <summary>
/// Concurrent turns on one conversation must not lose each other's state updates, whatever the
/// backend (the SDK's own BotState is last-writer-wins; ours must not be).
/// </summary>
public abstract class ConcurrentTurnsContract
{
    protected abstract IDocumentStore CreateStore();

    [Fact]
    public async Task FiftyParallelTurns_EachAddingAnItem_LeaveAllFifty()
    {
        var store = CreateStore();
        var state = new ConversationState(new DocumentBotStorage(store));
        var transaction = new ConversationTransaction(state);
        var items = state.CreateProperty<List<string>>("Items");
        var adapter = new TestAdapter(TestAdapter.CreateConversation("parallel-" + Guid.NewGuid().ToString("N")));

        Task Turn(ITurnContext turn, CancellationToken ct) => transaction.RunAsync(
            turn,
            async c =>
            {
                var list = await items.GetAsync(turn, () => [], c);

                // Real turns wait on services between reading and saving state; so do these, so they overlap.
                await Task.Delay(2, c);
                list.Add(turn.Activity.Text);
                await items.SetAsync(turn, list, c);
                await turn.SendActivityAsync("added " + turn.Activity.Text, cancellationToken: c);
            },
            ct);

        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() =>
            adapter.ProcessActivityAsync(
                new Activity { Type = ActivityTypes.Message, Text = "item-" + i },
                Turn,
                CancellationToken.None))));

        var check = new TestAdapter(adapter.Conversation);
        List<string>? final = null;
        await check.ProcessActivityAsync(
            new Activity { Type = ActivityTypes.Message, Text = "read" },
            async (turn, ct) =>
            {
                await state.LoadAsync(turn, true, ct);
                final = await items.GetAsync(turn, () => [], ct);
            },
            CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 50).Select(i => "item-" + i).Order(), final!.Order());

        // Each turn's reply was sent exactly once, after its state was saved.
        var replies = new List<string>();
        while (adapter.ActiveQueue.Count > 0)
        {
            replies.Add(adapter.GetNextReply().AsMessageActivity().Text);
        }

        Assert.Equal(50, replies.Distinct().Count());
        Assert.Equal(50, replies.Count);
    }
}
