namespace DualCreationBot.Services.Applications.Documents;

/// <summary>
/// The fixed wording of the 申报书. It is an official paper form of the university and is
/// always issued in Chinese, whatever language the applicant chatted in, so these are not resources.
/// </summary>
internal static class DocumentTexts
{
    public const string Title = "晋中学院新时代党建“双创”工作申报书";
    public const string Unit = "申报单位";
    public const string ParentUnit = "所属党总支";
    public const string Type = "申报类型";
    public const string SubmittedAt = "申报时间";
    public const string NotSubmitted = "（未提交）";
    public const string Unanswered = "（未填写）";
    public const string Yes = "是";
    public const string No = "否";
    public const string Index = "序号";
    public const string Subtotal = "小计";
    public const string Total = "合计";
    public const string SecretarySignature = "党组织书记（签字）：________　　日期：________";
    public const string Seal = "党组织（盖章）：________";
    public const string HigherOpinion = "上级党组织意见：";
    public const string HigherSeal = "上级党组织（盖章）：________　　日期：________";
    public const string Copies = "（本申报书一式两份，报党委组织部）";

    /// <summary>Section numbers as the form prints them ("一、基本信息").</summary>
    public static string SectionNumber(int index) =>
        index < Numerals.Length ? Numerals[index] + "、" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
}
