using ExchangeHub.Core.Common.Geography;

namespace ExchangeHub.Web.Pages.Shared;

/// <summary>
/// A tile-grid map of Japan: each prefecture one square on a 13 × 11 grid, placed so that neighbours stay near
/// (Hokkaido top right, Okinawa bottom left), for the server-rendered SVG map.
/// </summary>
public static class JapanTiles
{
    public const int Columns = 13;
    public const int Rows = 11;
    public const int Size = 44;
    public const int Step = 48;

    // The grid as it looks: one row of text per row of tiles, each prefecture by its JIS code.
    private const string Grid = """
        .. .. .. .. .. .. .. .. .. .. .. .. 01
        .. .. .. .. .. .. .. .. .. .. .. .. 02
        .. .. .. .. .. .. .. .. .. .. .. 05 03
        .. .. .. .. .. .. .. .. .. .. .. 06 04
        .. .. .. .. .. .. .. .. 17 16 15 07 ..
        .. .. .. .. .. .. .. 18 21 20 10 09 08
        .. .. .. 32 31 28 26 25 23 19 11 13 12
        41 40 35 34 33 27 29 24 .. 22 14 .. ..
        42 43 44 38 37 .. 30 .. .. .. .. .. ..
        .. 46 45 39 36 .. .. .. .. .. .. .. ..
        47 .. .. .. .. .. .. .. .. .. .. .. ..
        """;

    private static readonly Dictionary<string, (int Column, int Row)> _places = Grid.Split('\n')
        .SelectMany((line, row) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((code, column) => (code, column, row)))
        .Where(tile => tile.code != "..")
        .ToDictionary(tile => tile.code, tile => (tile.column, tile.row));

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
