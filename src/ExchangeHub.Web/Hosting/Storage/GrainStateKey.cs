
namespace ExchangeHub.Web.Hosting.Storage;

internal readonly record struct GrainStateKey(string GrainType, string GrainId, string StateName)
{
    public static GrainStateKey From(string stateName, GrainId grainId) =>
        new(grainId.Type.ToString(), grainId.Key.ToString(), stateName);

    public override string ToString() => $"{GrainType}/{GrainId}/{StateName}";
}
