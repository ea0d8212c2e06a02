using DualCreationBot.Services.Deliverables;
using DualCreationBot.Services.Storage;
using Microsoft.Extensions.Logging;

namespace DualCreationBot.Services.Files;

/// <summary>What screening a file came to: stored (size and hash), or why not.</summary>
internal sealed record ScreenedFile(UploadProblem Problem, long Length = 0, string Sha256 = "", Exception? StorageFailure = null)
{
    public bool Stored => Problem == UploadProblem.None;
}

/// <summary>
/// The one path every received file takes into the file store, for deliverables and application
/// materials alike: open the source, refuse an announced length over the limit, read the first
/// bytes and check them against the claimed type, then stream the whole file (head first) into
/// the store while counting and hashing, stopping at the limit. Nothing refused stays stored.
/// </summary>
internal sealed partial class FileScreening(FileDownloader downloader, IFileStore files, ILogger<FileScreening> logger)
{
    /// <summary>
    /// Stores <paramref name="source"/> at <paramref name="path"/> if it is a <paramref name="type"/>
    /// of at most <paramref name="limit"/> bytes; its metadata gets "size" and "sha256" added.
    /// </summary>
    public async Task<ScreenedFile> StoreAsync(
        Uri source, FileType type, long limit, string path, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(metadata);
        var opened = await downloader.OpenAsync(source, cancellationToken).ConfigureAwait(false);
        if (opened is null)
        {
            return new(UploadProblem.Unreachable);
        }

        await using (opened.ConfigureAwait(false))
        {
            if (opened.Length > limit)
            {
                return new(UploadProblem.TooLarge);
            }

            using var counted = new LimitedHashingStream(opened.Content, limit);
            var head = new byte[FileSignatures.HeadLength];
            int headLength;
            try
            {
                headLength = await counted.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            }
            catch (FileTooLargeException)
            {
                return new(UploadProblem.TooLarge);
            }
            catch (Exception e) when (FileDownloader.IsUnreachable(e, cancellationToken))
            {
                return new(UploadProblem.Unreachable);
            }

            if (headLength == 0)
            {
                return new(UploadProblem.Empty);
            }

            if (!FileSignatures.Matches(type.Signature, head.AsSpan(0, headLength)))
            {
                return new(UploadProblem.ContentMismatch);
            }

            try
            {
                await files.SaveAsync(path, new PrefixedStream(head.AsMemory(0, headLength), counted), metadata, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Whatever went wrong, a partial or refused file must not stay behind.
                await DeleteQuietlyAsync(path).ConfigureAwait(false);
                if (counted.ExceededLimit)
                {
                    return new(UploadProblem.TooLarge);
                }

                if (counted.SourceFailure is { } failure && FileDownloader.IsUnreachable(failure, cancellationToken))
                {
                    return new(UploadProblem.Unreachable);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                LogStoreFailed(logger, path, e);
                return new(UploadProblem.StorageUnavailable, StorageFailure: e);
            }

            var complete = new Dictionary<string, string>(metadata, StringComparer.Ordinal)
            {
                ["size"] = counted.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["sha256"] = counted.Sha256Hex(),
            };
            try
            {
                await files.SetMetadataAsync(path, complete, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                await DeleteQuietlyAsync(path).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                LogStoreFailed(logger, path, e);
                return new(UploadProblem.StorageUnavailable, StorageFailure: e);
            }

            return new(UploadProblem.None, counted.Length, counted.Sha256Hex());
        }
    }

    /// <summary>
    /// Removes a file that must not stay. Runs even after cancellation (hence no token); when the
    /// store is down it is logged, since the file then stays orphaned but never recorded.
    /// </summary>
    public async Task DeleteQuietlyAsync(string path)
    {
        try
        {
            await files.DeleteAsync(path, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCleanupFailed(logger, path, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing the file {Path} failed")]
    private static partial void LogStoreFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not delete the unrecorded file {Path}; it stays orphaned")]
    private static partial void LogCleanupFailed(ILogger logger, string path, Exception exception);
}
