using ExchangeHub.Core.Common.Geography;

namespace ExchangeHub.Web.Pages.Shared;

/// <summary>
/// A tile-grid map of Japan: each prefecture one square on a 14 × 11 grid, placed so that neighbours stay near
/// (Hokkaido top right, Okinawa bottom left), for the server-rendered SVG map.
/// </summary>
public static class JapanTiles
{
    public const int Columns = 14;
    public const int Rows = 11;
    public const int Size = 44;
    public const int Step = 48;

    private static readonly Dictionary<string, (int Column, int Row)> _places = new()
    {
        ["01"] = (12, 0), ["02"] = (12, 1), ["05"] = (11, 2), ["03"] = (12, 2), ["06"] = (11, 3), ["04"] = (12, 3),
        ["17"] = (8, 4), ["16"] = (9, 4), ["15"] = (10, 4), ["07"] = (11, 4),
        ["18"] = (7, 5), ["21"] = (8, 5), ["20"] = (9, 5), ["10"] = (10, 5), ["09"] = (11, 5), ["08"] = (12, 5),
        ["32"] = (3, 6), ["31"] = (4, 6), ["28"] = (5, 6), ["26"] = (6, 6), ["25"] = (7, 6), ["23"] = (8, 6), ["19"] = (9, 6),
        ["11"] = (10, 6), ["13"] = (11, 6), ["12"] = (12, 6),
        ["41"] = (0, 7), ["40"] = (1, 7), ["35"] = (2, 7), ["34"] = (3, 7), ["33"] = (4, 7), ["27"] = (5, 7), ["29"] = (6, 7),
        ["24"] = (7, 7), ["22"] = (9, 7), ["14"] = (10, 7),
        ["42"] = (0, 8), ["43"] = (1, 8), ["44"] = (2, 8), ["38"] = (3, 8), ["37"] = (4, 8), ["30"] = (6, 8),
        ["46"] = (1, 9), ["45"] = (2, 9), ["39"] = (3, 9), ["36"] = (4, 9),
        ["47"] = (0, 10),
    };

    public static int Width => (Columns * Step) - (Step - Size);

    public static int Height => (Rows * Step) - (Step - Size);

    public static (int X, int Y) TopLeft(string code) => _places[code] is var (column, row) ? (column * Step, row * Step) : default;

    public static (int X, int Y) Centre(string code) => TopLeft(code) is var (x, y) ? (x + (Size / 2), y + (Size / 2)) : default;

    public static IReadOnlyList<string> Codes => [.. _places.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The name on the tile: 秋田 for 秋田県 (北海道 whole), or the English name.</summary>
    public static string ShortName(Prefecture prefecture) => !Display.IsJapanese ? prefecture.NameEn
        : prefecture.Code == "01" ? prefecture.NameJa : prefecture.NameJa[..^1];

    /// <summary>Shading step 0 (no lab) to 4 (seven or more).</summary>
    public static int Level(int labs) => labs switch
    {
        0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 6 => 3,
        _ => 4,
    };
}
