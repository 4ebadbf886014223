using ExchangeHub.Core.Common.Results;
using ExchangeHub.Core.Features.Labs;
using Mediator;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>Labs per prefecture and the consortium ties between prefectures: one directory call and one ties call.</summary>
public sealed record GetJapanMapQuery : IQuery<Result<JapanMap>>;

/// <summary>How many labs each prefecture has, and between which prefectures consortia run (with how many).</summary>
public sealed record JapanMap(IReadOnlyDictionary<string, int> LabsByPrefecture, IReadOnlyList<PrefectureTie> Ties);

/// <summary>Two prefectures (in code order) whose labs are in <see cref="Consortia"/> consortia together.</summary>
public sealed record PrefectureTie(string From, string To, int Consortia);

public sealed class GetJapanMapHandler(IGrainFactory grains) : IQueryHandler<GetJapanMapQuery, Result<JapanMap>>
{
    public async ValueTask<Result<JapanMap>> Handle(GetJapanMapQuery query, CancellationToken cancellationToken)
    {
        var labs = await grains.GetGrain<ILabDirectoryGrain>(0).ListAllAsync();
        var ties = await grains.GetGrain<IConsortiumTiesGrain>(0).ListAsync();
        var prefectureOf = labs.ToDictionary(lab => lab.Id, lab => lab.Prefecture);
        var pairs = ties.Values
            .Select(members => members.Select(prefectureOf.GetValueOrDefault).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList())
            .SelectMany(prefectures => from a in prefectures from b in prefectures where string.CompareOrdinal(a, b) < 0 select (a, b))
            .CountBy(pair => pair)
            .Select(pair => new PrefectureTie(pair.Key.a, pair.Key.b, pair.Value))
            .ToList();
        return new JapanMap(labs.CountBy(lab => lab.Prefecture).ToDictionary(), pairs);
    }
}
