namespace ExchangeHub.Core.Features.Threads;

[GenerateSerializer, Alias("ExchangeHub.PostPageState")]
public sealed record PostPageState
{
    [Id(0)]
    public List<Post> Posts { get; set; } = [];
}
