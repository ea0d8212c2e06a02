using DualCreationBot.Dialogs.Admin;
using DualCreationBot.Dialogs.Application;
using DualCreationBot.Dialogs.Deliverables;
using DualCreationBot.Dialogs.Engine;
using DualCreationBot.Dialogs.Identity;
using DualCreationBot.Dialogs.Engine.Prompts;
using DualCreationBot.Dialogs.Menu;
using DualCreationBot.Dialogs.Programme;
using DualCreationBot.Dialogs.Reminders;
using DualCreationBot.Dialogs.Resources;
using DualCreationBot.Dialogs.State;
using DualCreationBot.Services.Roster;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the conversation state over our storage, the dialog engine, the shared prompts,
    /// every feature dialog and the main menu that offers them.
    /// </summary>
    public static IServiceCollection AddDualCreationDialogs(this IServiceCollection services)
    {
        services.AddSingleton<IStorage, DocumentBotStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ConversationTransaction>();

        services.AddSingleton<Dialog>(new TextPrompt(PromptIds.Text));
        services.AddSingleton<Dialog>(new NumberPrompt(PromptIds.Number));
        services.AddSingleton<Dialog>(new ChoicePrompt(PromptIds.Choice));
        services.AddSingleton<Dialog>(new ConfirmPrompt(PromptIds.Confirm));
        services.AddSingleton<Dialog>(sp => new DatePrompt(PromptIds.Date, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Dialog>(UploadDeliverableDialog.UrlPrompt());
        services.AddSingleton<Dialog>(new AttachmentPrompt(PromptIds.Attachment));

        services.AddSingleton<IdentityGate>();
        services.AddSingleton<ApplicationAnswerRecorder>();
        services.AddSingleton<ApplicationReplies>();

        services.AddFeature<ApplicationDialog>(nameof(Strings.MenuApplication), nameof(Strings.MenuApplicationSynonyms), order: 1, MenuFeature.Secretaries, shortcut: true);
        services.AddFeature<MyApplicationsDialog>(nameof(Strings.MenuMyApplications), nameof(Strings.MenuMyApplicationsSynonyms), order: 2, shortcut: true);
        services.AddFeature<DocumentDialog>(nameof(Strings.MenuDocument), nameof(Strings.MenuDocumentSynonyms), order: 3);
        services.AddFeature<UploadDeliverableDialog>(nameof(Strings.MenuUpload), nameof(Strings.MenuUploadSynonyms), order: 4, MenuFeature.Secretaries, shortcut: true);
        services.AddFeature<DeliverableProgressDialog>(nameof(Strings.MenuProgress), nameof(Strings.MenuProgressSynonyms), order: 5, shortcut: true);
        services.AddFeature<FetchDeliverableDialog>(nameof(Strings.MenuFetch), nameof(Strings.MenuFetchSynonyms), order: 6, FetchDeliverableDialog.IsFor);
        services.AddSingleton<Announcements>();
        services.AddFeature<DeadlinesDialog>(nameof(Strings.MenuDeadlines), nameof(Strings.MenuDeadlinesSynonyms), order: 7, MenuFeature.Secretaries, shortcut: true);
        services.AddFeature<ScheduleDialog>(nameof(Strings.MenuSchedule), nameof(Strings.MenuScheduleSynonyms), order: 10);
        services.AddFeature<ConditionsDialog>(nameof(Strings.MenuConditions), nameof(Strings.MenuConditionsSynonyms), order: 20);
        services.AddFeature<ContactDialog>(nameof(Strings.MenuContact), nameof(Strings.MenuContactSynonyms), order: 90);
        services.AddFeature<ImportRosterDialog>(nameof(Strings.MenuImportRoster), nameof(Strings.MenuImportRosterSynonyms), order: 100, MenuFeature.Administrators);
        services.AddFeature<BindingCodeDialog>(nameof(Strings.MenuBindingCode), nameof(Strings.MenuBindingCodeSynonyms), order: 110, MenuFeature.Administrators);
        services.AddFeature<ExtendDeadlineDialog>(nameof(Strings.MenuExtend), nameof(Strings.MenuExtendSynonyms), order: 120, MenuFeature.Administrators);
        services.AddFeature<AnnouncementDialog>(nameof(Strings.MenuAnnounce), nameof(Strings.MenuAnnounceSynonyms), order: 140, MenuFeature.Administrators);
        services.AddFeature<UnreachableDialog>(nameof(Strings.MenuUnreachable), nameof(Strings.MenuUnreachableSynonyms), order: 150, MenuFeature.Administrators);
        services.AddFeature<OpenCycleDialog>(nameof(Strings.MenuOpenCycle), nameof(Strings.MenuOpenCycleSynonyms), order: 130, MenuFeature.Administrators);

        services.AddSingleton<Dialog, MainMenuDialog>();
        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        services.AddSingleton(sp => new DialogRunner(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<ConversationState>(),
            nameof(MainMenuDialog),
            sp.GetServices<MenuFeature>()));
        services.AddSingleton<TurnCultureMiddleware>();
        return services;
    }

    /// <summary>Registers a feature dialog and its main-menu entry, shown to the people <paramref name="isFor"/> accepts (everyone by default).</summary>
    public static IServiceCollection AddFeature<TDialog>(this IServiceCollection services, string labelText, string synonymsText, int order, Func<Person, bool>? isFor = null, bool shortcut = false)
        where TDialog : Dialog
    {
        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
        services.AddSingleton(new MenuFeature(typeof(TDialog).Name, labelText, synonymsText, order) { IsFor = isFor ?? (_ => true), Shortcut = shortcut });
        return services;
    }
}
