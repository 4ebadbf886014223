namespace ExchangeHub.Core.Common.Geography;

/// <summary>Great-circle distances between prefectures, measured between their prefectural offices.</summary>
public static class Distances
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(Prefecture from, Prefecture to)
    {
        var (lat1, lat2) = (Radians(from.Latitude), Radians(to.Latitude));
        var dLat = lat2 - lat1;
        var dLon = Radians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
