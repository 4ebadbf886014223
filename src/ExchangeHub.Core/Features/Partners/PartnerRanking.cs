using ExchangeHub.Core.Common.Geography;
using ExchangeHub.Core.Features.Labs;

namespace ExchangeHub.Core.Features.Partners;

/// <summary>
/// Ranks every other lab as a partner for one lab, from the directory's summaries and the consortium ties alone:
/// shared themes, my needs against their offers and theirs against mine, geography (near, or deliberately far),
/// experience (case studies, consortia) and recent activity. Labs already in a consortium with it are left out.
/// </summary>
public static class PartnerRanking
{
    private const double ThemeWeight = 3;
    private const double TheyHelpWeight = 3;
    private const double WeHelpWeight = 2;
    private const double NearWeight = 1.5;
    private const double FarWeight = 2;
    private const double CaseStudyWeight = 0.8;
    private const double ConsortiumWeight = 0.6;
    private const double ActivityWeight = 0.6;
    private const double MatchThreshold = 0.3;
    private const double FarKilometres = 1000;

    public static IReadOnlyList<PartnerRecommendation> Rank(
        LabSummary me, IReadOnlyList<LabSummary> labs, IReadOnlyDictionary<string, IReadOnlyList<string>> ties, DateTimeOffset now, bool farAway)
    {
        var partners = ties.Values.Where(members => members.Contains(me.Id)).SelectMany(members => members).ToHashSet();
        var consortia = ties.Values.SelectMany(members => members.Distinct()).CountBy(labId => labId).ToDictionary();
        var similarity = new PhraseSimilarity(labs.SelectMany(lab => (lab.Needs ?? []).Concat(lab.Offers ?? [])));
        return labs
            .Where(lab => lab.Id != me.Id && !partners.Contains(lab.Id))
            .Select(lab => Score(me, lab, similarity, consortia.GetValueOrDefault(lab.Id), now, farAway))
            .OrderByDescending(recommendation => recommendation.Score)
            .ThenBy(recommendation => recommendation.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static PartnerRecommendation Score(LabSummary me, LabSummary them, PhraseSimilarity similarity, int consortia, DateTimeOffset now, bool farAway)
    {
        var reasons = new List<string>();
        var score = 0.0;

        if (BestMatch(me.Needs, them.Offers, similarity) is { } theyHelp)
        {
            score += TheyHelpWeight * theyHelp.Similarity;
            reasons.Add(PartnerReasons.TheyOffer(theyHelp.Need, theyHelp.Offer));
        }

        if (BestMatch(them.Needs, me.Offers, similarity) is { } weHelp)
        {
            score += WeHelpWeight * weHelp.Similarity;
            reasons.Add(PartnerReasons.WeOffer(weHelp.Need, weHelp.Offer));
        }

        var shared = me.Themes.Intersect(them.Themes).ToList();
        if (shared.Count > 0)
        {
            score += ThemeWeight * shared.Count / Math.Max(1, Math.Min(me.Themes.Count, them.Themes.Count));
            reasons.Add(PartnerReasons.Themes(shared));
        }

        score += Geography(me, them, farAway, reasons);

        if (them.CaseStudyCount > 0)
        {
            score += CaseStudyWeight * Math.Min(1, Math.Log2(1 + them.CaseStudyCount) / Math.Log2(11));
            reasons.Add(PartnerReasons.CaseStudies(them.CaseStudyCount));
        }

        if (consortia > 0)
        {
            score += ConsortiumWeight * Math.Min(1, consortia / 3.0);
            reasons.Add(PartnerReasons.Consortia(consortia));
        }

        var idleDays = Math.Max(0, (now - them.UpdatedAt).TotalDays);
        score += ActivityWeight * Math.Exp(-idleDays / 60);
        if (idleDays <= 30)
        {
            reasons.Add(PartnerReasons.RecentlyActive());
        }

        return new PartnerRecommendation(them.Id, them.Name, them.Prefecture, Math.Round(score, 3), reasons);
    }

    private static double Geography(LabSummary me, LabSummary them, bool farAway, List<string> reasons)
    {
        if (Prefectures.Find(me.Prefecture) is not { } mine || Prefectures.Find(them.Prefecture) is not { } theirs)
        {
            return 0;
        }

        if (farAway)
        {
            var kilometres = Distances.Kilometres(mine, theirs);
            if (kilometres >= FarKilometres / 2)
            {
                reasons.Add(PartnerReasons.FarAway(theirs, kilometres));
            }

            return FarWeight * Math.Min(1, kilometres / FarKilometres);
        }

        var (nearness, reason) = mine.Code == theirs.Code ? (1.0, PartnerReasons.SamePrefecture(theirs))
            : mine.Neighbours.Contains(theirs.Code) ? (1.0, PartnerReasons.Neighbour(theirs))
            : mine.Region == theirs.Region ? (0.6, PartnerReasons.SameRegion(theirs.Region))
            : (0.0, null);
        if (reason is not null)
        {
            reasons.Add(reason);
        }

        return NearWeight * nearness;
    }

    private static (string Need, string Offer, double Similarity)? BestMatch(
        IReadOnlyList<string>? needs, IReadOnlyList<string>? offers, PhraseSimilarity similarity)
    {
        var pairs = from need in needs ?? [] from offer in offers ?? [] select (Need: need, Offer: offer, Similarity: similarity.Of(need, offer));
        var best = pairs.OrderByDescending(pair => pair.Similarity).FirstOrDefault();
        return best.Similarity >= MatchThreshold ? best : null;
    }
}
