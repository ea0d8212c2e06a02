using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Menu;
using DualCreationBot.Dialogs.Programme;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Dialogs.State;
using DualCreationBot.Services.Campaigns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DualCreationBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation state over our storage, the dialog engine, the shared prompts,
    /// every feature dialog and the main menu that offers them.
    /// </summary>
    public static IServiceCollection AddDualCreationDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(NoticeCampaign.Default);
        services.AddSingleton<IStorage, DocumentBotStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ConversationTransaction>();

        services.AddSingleton<Dialog>(new TextPrompt(PromptIds.Text));
        services.AddSingleton<Dialog>(new NumberPrompt(PromptIds.Number));
        services.AddSingleton<Dialog>(new ChoicePrompt(PromptIds.Choice));
        services.AddSingleton<Dialog>(new ConfirmPrompt(PromptIds.Confirm));
        services.AddSingleton<Dialog>(sp => new DatePrompt(PromptIds.Date, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Dialog>(new AttachmentPrompt(PromptIds.Attachment));

        services.AddFeature<ScheduleDialog>(nameof(Strings.MenuSchedule), nameof(Strings.MenuScheduleSynonyms), order: 10);
        services.AddFeature<ConditionsDialog>(nameof(Strings.MenuConditions), nameof(Strings.MenuConditionsSynonyms), order: 20);
        services.AddFeature<ContactDialog>(nameof(Strings.MenuContact), nameof(Strings.MenuContactSynonyms), order: 90);

        services.AddSingleton<Dialog, MainMenuDialog>();
        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        services.AddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<ConversationState>(),
            nameof(MainMenuDialog)));
        services.AddSingleton<TurnCultureMiddleware>();
        return services;
    }

    /// <summary>Registers a feature dialog and its main-menu entry.</summary>
    public static IServiceCollection AddFeature<TDialog>(this IServiceCollection services, string labelText, string synonymsText, int order)
        where TDialog : Dialog
    {
        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
        services.AddSingleton(new MenuFeature(typeof(TDialog).Name, labelText, synonymsText, order));
        return services;
    }
}
