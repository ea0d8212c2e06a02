using System.Globalization;
using System.Resources;

namespace DualCreationBot.Dialogs.Resources;

/// <summary>
/// Every user-facing text, from Strings.resx (zh-CN, the neutral language) and Strings.en-US.resx.
/// Texts follow <see cref="CultureInfo.CurrentUICulture"/>, which <c>TurnCultureMiddleware</c> sets per turn.
/// </summary>
public static class Strings
{
    public static ResourceManager ResourceManager { get; } = new("DualCreationBot.Dialogs.Resources.Strings", typeof(Strings).Assembly);

    /// <summary>The text named <paramref name="name"/> in the current UI culture.</summary>
    public static string Get(string name) =>
        ResourceManager.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text '{name}'.");

    /// <summary>The text named <paramref name="name"/>, formatted with <paramref name="args"/>.</summary>
    public static string Format(string name, params object[] args) => string.Format(CultureInfo.CurrentCulture, Get(name), args);

    /// <summary>A '|'-separated word list in both languages, so commands work whatever the locale.</summary>
    public static IReadOnlyList<string> Words(string name) =>
        [.. Split(ResourceManager.GetString(name, CultureInfo.InvariantCulture)), .. Split(ResourceManager.GetString(name, English))];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static string[] Split(string? list) => list?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static string Greeting => Get(nameof(Greeting));

    public static string MenuPrompt => Get(nameof(MenuPrompt));

    public static string MenuSchedule => Get(nameof(MenuSchedule));

    public static string MenuScheduleSynonyms => Get(nameof(MenuScheduleSynonyms));

    public static string MenuConditions => Get(nameof(MenuConditions));

    public static string MenuConditionsSynonyms => Get(nameof(MenuConditionsSynonyms));

    public static string MenuContact => Get(nameof(MenuContact));

    public static string MenuContactSynonyms => Get(nameof(MenuContactSynonyms));

    public static string BackToMenu => Get(nameof(BackToMenu));

    public static string HelpGeneral => Get(nameof(HelpGeneral));

    public static string Cancelled => Get(nameof(Cancelled));

    public static string NothingToCancel => Get(nameof(NothingToCancel));

    public static string StaleStack => Get(nameof(StaleStack));

    public static string TooManyAttempts => Get(nameof(TooManyAttempts));

    public static string TurnError => Get(nameof(TurnError));

    public static string StorageUnavailable => Get(nameof(StorageUnavailable));

    public static string TextEmpty => Get(nameof(TextEmpty));

    public static string TextNoWords => Get(nameof(TextNoWords));

    public static string TextTooLong => Get(nameof(TextTooLong));

    public static string NumberInvalid => Get(nameof(NumberInvalid));

    public static string NumberOutOfRange => Get(nameof(NumberOutOfRange));

    public static string ChoiceInvalid => Get(nameof(ChoiceInvalid));

    public static string ChoiceListHint => Get(nameof(ChoiceListHint));

    public static string ConfirmInvalid => Get(nameof(ConfirmInvalid));

    public static string DateInvalid => Get(nameof(DateInvalid));

    public static string AttachmentMissing => Get(nameof(AttachmentMissing));

    public static string Yes => Get(nameof(Yes));

    public static string No => Get(nameof(No));

    public static string HelpText => Get(nameof(HelpText));

    public static string HelpNumber => Get(nameof(HelpNumber));

    public static string HelpChoice => Get(nameof(HelpChoice));

    public static string HelpConfirm => Get(nameof(HelpConfirm));

    public static string HelpDate => Get(nameof(HelpDate));

    public static string HelpAttachment => Get(nameof(HelpAttachment));

    public static string CommandsHelp => Get(nameof(CommandsHelp));

    public static string CommandsCancel => Get(nameof(CommandsCancel));

    public static string CommandsMenu => Get(nameof(CommandsMenu));

    public static string ConfirmYesWords => Get(nameof(ConfirmYesWords));

    public static string ConfirmNoWords => Get(nameof(ConfirmNoWords));

    public static string ScheduleIntro => Get(nameof(ScheduleIntro));

    public static string StageApplication => Get(nameof(StageApplication));

    public static string StageBuilding => Get(nameof(StageBuilding));

    public static string StageMidTerm => Get(nameof(StageMidTerm));

    public static string StageAcceptance => Get(nameof(StageAcceptance));

    public static string StageLine => Get(nameof(StageLine));

    public static string StageCurrentMark => Get(nameof(StageCurrentMark));

    public static string StageDueLine => Get(nameof(StageDueLine));

    public static string DaysLeft => Get(nameof(DaysLeft));

    public static string DueToday => Get(nameof(DueToday));

    public static string DuePassed => Get(nameof(DuePassed));

    public static string ScheduleAskDetail => Get(nameof(ScheduleAskDetail));

    public static string StageDetailApplication => Get(nameof(StageDetailApplication));

    public static string StageDetailBuilding => Get(nameof(StageDetailBuilding));

    public static string StageDetailMidTerm => Get(nameof(StageDetailMidTerm));

    public static string StageDetailAcceptance => Get(nameof(StageDetailAcceptance));

    public static string ConditionsAsk => Get(nameof(ConditionsAsk));

    public static string TypeBenchmarkCollege => Get(nameof(TypeBenchmarkCollege));

    public static string TypeBenchmarkCollegeSynonyms => Get(nameof(TypeBenchmarkCollegeSynonyms));

    public static string TypeModelBranch => Get(nameof(TypeModelBranch));

    public static string TypeModelBranchSynonyms => Get(nameof(TypeModelBranchSynonyms));

    public static string ConditionsBenchmarkCollege => Get(nameof(ConditionsBenchmarkCollege));

    public static string ConditionsModelBranch => Get(nameof(ConditionsModelBranch));

    public static string ConditionsQuota => Get(nameof(ConditionsQuota));

    public static string Contact => Get(nameof(Contact));

    public static string DateTimeFormat => Get(nameof(DateTimeFormat));

    public static string DateFormat => Get(nameof(DateFormat));

    public static string UnknownAccount => Get(nameof(UnknownAccount));

    public static string BindSucceeded => Get(nameof(BindSucceeded));

    public static string BindFailed => Get(nameof(BindFailed));

    public static string CommandsBind => Get(nameof(CommandsBind));

    public static string MenuApplication => Get(nameof(MenuApplication));

    public static string MenuApplicationSynonyms => Get(nameof(MenuApplicationSynonyms));

    public static string MenuMyApplications => Get(nameof(MenuMyApplications));

    public static string MenuMyApplicationsSynonyms => Get(nameof(MenuMyApplicationsSynonyms));

    public static string MenuDocument => Get(nameof(MenuDocument));

    public static string MenuDocumentSynonyms => Get(nameof(MenuDocumentSynonyms));

    public static string MenuImportRoster => Get(nameof(MenuImportRoster));

    public static string MenuImportRosterSynonyms => Get(nameof(MenuImportRosterSynonyms));

    public static string MenuBindingCode => Get(nameof(MenuBindingCode));

    public static string MenuBindingCodeSynonyms => Get(nameof(MenuBindingCodeSynonyms));

    public static string MenuExtend => Get(nameof(MenuExtend));

    public static string MenuExtendSynonyms => Get(nameof(MenuExtendSynonyms));

    public static string MenuOpenCycle => Get(nameof(MenuOpenCycle));

    public static string MenuOpenCycleSynonyms => Get(nameof(MenuOpenCycleSynonyms));

    public static string ApplicationChooseUnit => Get(nameof(ApplicationChooseUnit));

    public static string ApplicationIntro => Get(nameof(ApplicationIntro));

    public static string ApplicationResume => Get(nameof(ApplicationResume));

    public static string SectionHeading => Get(nameof(SectionHeading));

    public static string ItemSuffix => Get(nameof(ItemSuffix));

    public static string AskMoreItems => Get(nameof(AskMoreItems));

    public static string AskMoreFiles => Get(nameof(AskMoreFiles));

    public static string HardStop => Get(nameof(HardStop));

    public static string HardStopChange => Get(nameof(HardStopChange));

    public static string HardStopEnded => Get(nameof(HardStopEnded));

    public static string FileSaved => Get(nameof(FileSaved));

    public static string FileRejected => Get(nameof(FileRejected));

    public static string FileTooLarge => Get(nameof(FileTooLarge));

    public static string FileEmpty => Get(nameof(FileEmpty));

    public static string FileUnreachable => Get(nameof(FileUnreachable));

    public static string FileTypeNotAllowed => Get(nameof(FileTypeNotAllowed));

    public static string ReviewIntro => Get(nameof(ReviewIntro));

    public static string ReviewAsk => Get(nameof(ReviewAsk));

    public static string ReviewSubmit => Get(nameof(ReviewSubmit));

    public static string ReviewEdit => Get(nameof(ReviewEdit));

    public static string ReviewDocument => Get(nameof(ReviewDocument));

    public static string ReviewLater => Get(nameof(ReviewLater));

    public static string EditChooseSection => Get(nameof(EditChooseSection));

    public static string EditChooseField => Get(nameof(EditChooseField));

    public static string EditClearGroup => Get(nameof(EditClearGroup));

    public static string LaterSaved => Get(nameof(LaterSaved));

    public static string SubmitSucceeded => Get(nameof(SubmitSucceeded));

    public static string SubmitAlready => Get(nameof(SubmitAlready));

    public static string SubmitIncomplete => Get(nameof(SubmitIncomplete));

    public static string SubmitClosed => Get(nameof(SubmitClosed));

    public static string SubmitWaiting => Get(nameof(SubmitWaiting));

    public static string ProjectLocked => Get(nameof(ProjectLocked));

    public static string StatusNotStarted => Get(nameof(StatusNotStarted));

    public static string StatusDraft => Get(nameof(StatusDraft));

    public static string StatusReady => Get(nameof(StatusReady));

    public static string StatusSubmitted => Get(nameof(StatusSubmitted));

    public static string StatusLine => Get(nameof(StatusLine));

    public static string MyApplicationsNone => Get(nameof(MyApplicationsNone));

    public static string MyApplicationsIntro => Get(nameof(MyApplicationsIntro));

    public static string ProjectLine => Get(nameof(ProjectLine));

    public static string ProjectMissing => Get(nameof(ProjectMissing));

    public static string ParentLine => Get(nameof(ParentLine));

    public static string DocumentChoose => Get(nameof(DocumentChoose));

    public static string DocumentNone => Get(nameof(DocumentNone));

    public static string DocumentDraft => Get(nameof(DocumentDraft));

    public static string DocumentReady => Get(nameof(DocumentReady));

    public static string NotPermitted => Get(nameof(NotPermitted));

    public static string ImportAsk => Get(nameof(ImportAsk));

    public static string ImportProblems => Get(nameof(ImportProblems));

    public static string ImportDone => Get(nameof(ImportDone));

    public static string BindingAskPerson => Get(nameof(BindingAskPerson));

    public static string PersonNotFound => Get(nameof(PersonNotFound));

    public static string BindingIssued => Get(nameof(BindingIssued));

    public static string ExtendAskUnit => Get(nameof(ExtendAskUnit));

    public static string UnitNotFound => Get(nameof(UnitNotFound));

    public static string ExtendAskDate => Get(nameof(ExtendAskDate));

    public static string ExtendDone => Get(nameof(ExtendDone));

    public static string OpenCycleAskStart => Get(nameof(OpenCycleAskStart));

    public static string OpenCyclePreview => Get(nameof(OpenCyclePreview));

    public static string OpenCycleAskDue => Get(nameof(OpenCycleAskDue));

    public static string OpenCycleDone => Get(nameof(OpenCycleDone));

    public static string CardIntro => Get(nameof(CardIntro));

    public static string CardSaved => Get(nameof(CardSaved));

    public static string CardProblems => Get(nameof(CardProblems));

    public static string Unanswered => Get(nameof(Unanswered));

    public static string ItemsCount => Get(nameof(ItemsCount));

    public static string ClosedMark => Get(nameof(ClosedMark));

    public static string DownloadLink => Get(nameof(DownloadLink));

    public static string MenuDeadlines => Get(nameof(MenuDeadlines));

    public static string MenuDeadlinesSynonyms => Get(nameof(MenuDeadlinesSynonyms));

    public static string MenuAnnounce => Get(nameof(MenuAnnounce));

    public static string MenuAnnounceSynonyms => Get(nameof(MenuAnnounceSynonyms));

    public static string MenuUnreachable => Get(nameof(MenuUnreachable));

    public static string MenuUnreachableSynonyms => Get(nameof(MenuUnreachableSynonyms));

    public static string DeadlinesNone => Get(nameof(DeadlinesNone));

    public static string DeadlinesIntro => Get(nameof(DeadlinesIntro));

    public static string DeadlineLine => Get(nameof(DeadlineLine));

    public static string AnnounceAudience => Get(nameof(AnnounceAudience));

    public static string AudienceAll => Get(nameof(AudienceAll));

    public static string AudienceGeneralBranch => Get(nameof(AudienceGeneralBranch));

    public static string AudienceUnit => Get(nameof(AudienceUnit));

    public static string AnnounceAskUnit => Get(nameof(AnnounceAskUnit));

    public static string AnnounceNotGeneralBranch => Get(nameof(AnnounceNotGeneralBranch));

    public static string AnnounceAskText => Get(nameof(AnnounceAskText));

    public static string AnnounceConfirm => Get(nameof(AnnounceConfirm));

    public static string AnnounceCancelled => Get(nameof(AnnounceCancelled));

    public static string AnnounceHeader => Get(nameof(AnnounceHeader));

    public static string AnnounceDone => Get(nameof(AnnounceDone));

    public static string AnnounceMissed => Get(nameof(AnnounceMissed));

    public static string MissedNeverUsed => Get(nameof(MissedNeverUsed));

    public static string MissedBlocked => Get(nameof(MissedBlocked));

    public static string MissedFailed => Get(nameof(MissedFailed));

    public static string UnreachableNone => Get(nameof(UnreachableNone));

    public static string UnreachableIntro => Get(nameof(UnreachableIntro));

    public static string CurrentValue => Get(nameof(CurrentValue));

    public static string MenuUpload => Get(nameof(MenuUpload));

    public static string MenuUploadSynonyms => Get(nameof(MenuUploadSynonyms));

    public static string MenuProgress => Get(nameof(MenuProgress));

    public static string MenuProgressSynonyms => Get(nameof(MenuProgressSynonyms));

    public static string MenuFetch => Get(nameof(MenuFetch));

    public static string MenuFetchSynonyms => Get(nameof(MenuFetchSynonyms));

    public static string UploadChooseProject => Get(nameof(UploadChooseProject));

    public static string UploadNoProjects => Get(nameof(UploadNoProjects));

    public static string UploadChooseItem => Get(nameof(UploadChooseItem));

    public static string UploadNothingOpen => Get(nameof(UploadNothingOpen));

    public static string UploadAskFile => Get(nameof(UploadAskFile));

    public static string KindDocument => Get(nameof(KindDocument));

    public static string KindImage => Get(nameof(KindImage));

    public static string KindVideo => Get(nameof(KindVideo));

    public static string KindSeparator => Get(nameof(KindSeparator));

    public static string UploadReceipt => Get(nameof(UploadReceipt));

    public static string LateMark => Get(nameof(LateMark));

    public static string ContentMismatch => Get(nameof(ContentMismatch));

    public static string ItemAccepts => Get(nameof(ItemAccepts));

    public static string StorageRetry => Get(nameof(StorageRetry));

    public static string UploadClosed => Get(nameof(UploadClosed));

    public static string LinkAskName => Get(nameof(LinkAskName));

    public static string LinkAskUrl => Get(nameof(LinkAskUrl));

    public static string LinkInvalid => Get(nameof(LinkInvalid));

    public static string LinkSaved => Get(nameof(LinkSaved));

    public static string UploadMore => Get(nameof(UploadMore));

    public static string ProgressNone => Get(nameof(ProgressNone));

    public static string ProgressProject => Get(nameof(ProgressProject));

    public static string ProgressStage => Get(nameof(ProgressStage));

    public static string ProgressDone => Get(nameof(ProgressDone));

    public static string ProgressLate => Get(nameof(ProgressLate));

    public static string ProgressLinkDone => Get(nameof(ProgressLinkDone));

    public static string ProgressLinkLate => Get(nameof(ProgressLinkLate));

    public static string ProgressMissing => Get(nameof(ProgressMissing));

    public static string ProgressOptional => Get(nameof(ProgressOptional));

    public static string FetchAskUnit => Get(nameof(FetchAskUnit));

    public static string FetchNoFiles => Get(nameof(FetchNoFiles));

    public static string FetchChooseItem => Get(nameof(FetchChooseItem));

    public static string FetchAskVersion => Get(nameof(FetchAskVersion));

    public static string FetchLatestWords => Get(nameof(FetchLatestWords));

    public static string FetchNotFound => Get(nameof(FetchNotFound));

    public static string FetchReady => Get(nameof(FetchReady));
}
