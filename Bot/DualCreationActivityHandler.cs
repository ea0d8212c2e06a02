using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Dialogs.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DualCreationBot.Bot;

/// <summary>
/// The bot: admits only people on the roster, greets them (when added, or on their first message),
/// then hands every turn to the dialog runner, all inside one conversation-state transaction.
/// </summary>
public sealed class DualCreationActivityHandler(ConversationTransaction transaction, DialogRunner runner, IdentityGate identity) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationFlags> flags = transaction.State.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        transaction.RunAsync(
            turnContext,
            async ct =>
            {
                // Unknown accounts are answered by the gate and go no further.
                if (await identity.AdmitAsync(turnContext, ct) is not null)
                {
                    await base.OnTurnAsync(turnContext, ct);
                }
            },
            cancellationToken);

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await GreetAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (await GreetAsync(turnContext, cancellationToken))
        {
            return;
        }

        await runner.RunAsync(turnContext, cancellationToken);
    }

    /// <summary>Greets once per conversation and shows the menu; false when already greeted.</summary>
    private async Task<bool> GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
        if (state.Greeted)
        {
            return false;
        }

        state.Greeted = true;
        await flags.SetAsync(turnContext, state, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(Strings.Greeting + "\n" + Strings.HelpGeneral), cancellationToken);
        await runner.StartAsync(turnContext, cancellationToken);
        return true;
    }

    public sealed class ConversationFlags
    {
        public bool Greeted { get; set; }
    }
}
