using DualCreationBot.Services.Applications.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace DualCreationBot.Tests.Services.Applications.Documents;

public sealed class ApplicationDocumentServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_TheWriter_AsASingleton()
    {
        using var provider = new ServiceCollection().AddApplicationDocuments().BuildServiceProvider();

        var writer = provider.GetRequiredService<IApplicationDocumentWriter>();

        Assert.Same(writer, provider.GetRequiredService<IApplicationDocumentWriter>());
    }
}
