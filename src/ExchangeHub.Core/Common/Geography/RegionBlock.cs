namespace ExchangeHub.Core.Common.Geography;

/// <summary>The eight region blocks (地方) of Japan. Values are persisted: never renumber them.</summary>
// Zero is left unused so that a value nobody set is not read as Hokkaido.
[GenerateSerializer]
[Alias("ExchangeHub.RegionBlock")]
public enum RegionBlock
{
    Hokkaido = 1,
    Tohoku = 2,
    Kanto = 3,
    Chubu = 4,
    Kinki = 5,
    Chugoku = 6,
    Shikoku = 7,
    KyushuOkinawa = 8,
}
