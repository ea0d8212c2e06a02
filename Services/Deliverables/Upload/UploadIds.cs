namespace DualCreationBot.Services.Deliverables.Upload;

/// <summary>Campaign, unit and item ids become path segments of stored files, so they must be plain.</summary>
internal static class UploadIds
{
    public static void Validate(UploadRequest request)
    {
        Check(request.CampaignId, nameof(request.CampaignId));
        Check(request.UnitId, nameof(request.UnitId));
        Check(request.ItemId, nameof(request.ItemId));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ActivityKey);
        ArgumentNullException.ThrowIfNull(request.File);
        ArgumentNullException.ThrowIfNull(request.AcceptedKinds);
    }

    private static void Check(string id, string name)
    {
        if (string.IsNullOrEmpty(id) || id is "." or ".." || id.Length > 64
            || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new ArgumentException($"'{id}' is not a plain id ([A-Za-z0-9._-], at most 64 characters).", name);
        }
    }
}
