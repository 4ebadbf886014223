namespace ExchangeHub.Core.Tests.Common.Markdown;

// Hostile strings for every place that shows what people write. A payload that ever runs sets window.__xss or opens
// a dialog, which the browser test watches for. Shared by the Markdown, API and browser tests (linked into the web tests).
internal static class XssCorpus
{
    public const string Code = "window.__xss=1";

    // The same script URL spelled the ways browsers, parsers and sanitizers have disagreed about.
    private static readonly string[] _scriptUrls =
    [
        $"javascript:{Code}",
        $"JaVaScRiPt:{Code}",
        $"&#106;avascript:{Code}",
        $"&#x6A;avascript:{Code}",
        $"&#0000106;&#0000097;vascript:{Code}",
        $"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;{Code}",
        $"javascript&colon;{Code}",
        $"java\tscript:{Code}",
        $"java&#9;script:{Code}",
        $"java&#x0A;script:{Code}",
        $"\u0001javascript:{Code}",
        $"\u200Bjavascript:{Code}",
        $"javascript%3A{Code}",
        $"%6Aavascript:{Code}",
        $"ｊａｖａｓｃｒｉｐｔ:{Code}",
        "vbscript:msgbox(1)",
        "VbScRiPt:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
        $"DaTa:text/html,<script>{Code}</script>",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+",
    ];

    // Every place Markdown takes a URL: inline links and images, autolinks, reference links and images, titles.
    private static readonly Func<string, string>[] _urlPlaces =
    [
        url => $"[x]({url})",
        url => $"![x]({url})",
        url => $"<{url}>",
        url => $"[x][r]\n\n[r]: {url}",
        url => $"![x][r]\n\n[r]: {url}",
        url => $"[x](<{url}>)",
        url => $"[x]({url} \"t\")",
    ];

    private static readonly string[] _rawHtml =
    [
        $"<script>{Code}</script>",
        $"<SCRIPT>{Code}</SCRIPT>",
        "<script>alert(1)</script>",
        $"<script src=\"data:,{Code}\"></script>",
        "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
        $"<scr<script>ipt>{Code}</script>",
        $"<<script>script>{Code}<</script>/script>",
        $"<img src=x onerror={Code}>",
        $"<IMG SRC=x OnErRoR={Code}>",
        "<img src=x onerror=\"alert(1)\">",
        $"<img src=x onerror=&#119;indow.__xss=1>",
        $"<img/src=x/onerror={Code}>",
        $"<img src=\"x` `<script>{Code}</script>\"` `>",
        $"<body onload={Code}>",
        $"<input autofocus onfocus={Code}>",
        $"<select autofocus onfocus={Code}></select>",
        $"<textarea autofocus onfocus={Code}></textarea>",
        $"<video><source onerror={Code}></video>",
        $"<audio src=x onerror={Code}>",
        $"<details open ontoggle={Code}>",
        $"<marquee onstart={Code}>x</marquee>",
        $"<p onclick=\"{Code}\">x</p>",
        $"text <b onmouseover={Code}>x</b>",
        $"<div style=\"background:url(javascript:{Code})\">x</div>",
        $"<a href=\"javascript:{Code}\">x</a>",
        $"<a href=\" javascript:{Code}\">x</a>",
        $"<a href=\"&#106;avascript:{Code}\">x</a>",
        $"<a href=\"jav&#x09;ascript:{Code}\">x</a>",
        $"<iframe src=\"javascript:{Code}\"></iframe>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "<iframe src=\"https://x.example\"></iframe>",
        $"<object data=\"javascript:{Code}\"></object>",
        $"<embed src=\"javascript:{Code}\">",
        $"<form action=\"javascript:{Code}\"><button>x</button></form>",
        $"<form><button formaction=\"javascript:{Code}\">x</button></form>",
        "<base href=\"javascript:/\">",
        $"<meta http-equiv=\"refresh\" content=\"0;url=javascript:{Code}\">",
        $"<link rel=\"stylesheet\" href=\"javascript:{Code}\">",
        "<style>body{display:none}</style>",
        $"<style>@import 'javascript:{Code}';</style>",
        $"<noscript><p title=\"</noscript><img src=x onerror={Code}>\"></noscript>",
        $"<template><img src=x onerror={Code}></template>",
        $"<!--><img src=x onerror={Code}>-->",
        $"<![CDATA[><img src=x onerror={Code}>]]>",
        $"<xmp><img src=x onerror={Code}></xmp>",
        $"<noembed><img src=x onerror={Code}></noembed>",
        $"<title><img src=x onerror={Code}></title>",
        $"<plaintext><img src=x onerror={Code}>",
        $"<isindex type=image src=1 onerror={Code}>",
    ];

    private static readonly string[] _svgAndMath =
    [
        $"<svg onload={Code}>",
        $"<svg/onload={Code}>",
        $"<svg><script>{Code}</script></svg>",
        $"<svg><a xlink:href=\"javascript:{Code}\"><text x=\"0\" y=\"20\">x</text></a></svg>",
        $"<svg><animate onbegin={Code} attributeName=x dur=1s>",
        "<svg><set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>",
        $"<svg><foreignObject><img src=x onerror={Code}></foreignObject></svg>",
        $"<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='{Code}'/></svg>#x\"/></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        $"<math><mtext><table><mglyph><style><img src=x onerror={Code}>",
        $"<math href=\"javascript:{Code}\">x</math>",
        $"<math><maction actiontype=\"statusline\" xlink:href=\"javascript:{Code}\">x</maction></math>",
        $"<form><math><mtext></form><form><mglyph><style></math><img src onerror={Code}>",
    ];

    private static readonly string[] _breakOuts =
    [
        "[x](http://a.example/\"onmouseover=\"alert(1))",
        $"[x](http://a.example/\" onmouseover=\"{Code}\")",
        $"![x](http://a.example/x.png\"onerror=\"{Code})",
        $"[x](http://a.example 'a\" onmouseover=\"{Code}')",
        $"[x](<http://a.example/> onmouseover={Code})",
        $"<http://a.example/\"onmouseover=\"{Code}>",
        $"http://a.example/\"onmouseover=\"{Code}",
        $"www.a.example/\"onmouseover=\"{Code}",
        $"```js\" onmouseover=\"{Code}\nx\n```",
        $"\"><img src=x onerror={Code}>",
        $"'><script>{Code}</script>",
        $"\" onfocus=\"{Code}\" autofocus=\"",
        $"' onfocus='{Code}' autofocus='",
        $"</textarea><script>{Code}</script>",
        $"</title><script>{Code}</script>",
        $"</script><script>{Code}</script>",
        $"</style><img src=x onerror={Code}>",
        $"--><img src=x onerror={Code}>",
        $"</template><img src=x onerror={Code}>",
        "{{constructor.constructor('window.__xss=1')()}}",
        "${window.__xss=1}",
        "`-alert(1)-`",
        $"![x\"onerror=\"{Code}](x)",
        $"[<img src=x onerror={Code}>](http://a.example)",
        $"[x](http://a.example/</a><img src=x onerror={Code}>)",
        $"> <img src=x onerror={Code}>",
        $"- <img src=x onerror={Code}>",
        $"| a |\n|---|\n| <img src=x onerror={Code}> |",
        $"`<img src=x onerror={Code}>`",
        $"[x]: javascript:{Code}\n\n[x]",
    ];

    private static readonly string[] _unicodeTricks =
    [
        $"<img\u000Csrc=x\u000Conerror={Code}>",
        $"<img src=x onerror\u000B={Code}>",
        $"<script\u0000>{Code}</script>",
        $"<ſcript>{Code}</ſcript>",
        $"＜script＞{Code}＜/script＞",
        $"\u202E<img src=x onerror={Code}>",
        $"[x](\u2028javascript:{Code})",
        $"[x](\u00A0javascript:{Code})",
        $"[x](javascript\u00AD:{Code})",
        $"<img src=x onerror=\\u0077indow.__xss=1>",
        $"<a href=\"\u0000javascript:{Code}\">x</a>",
        $"<\u0000script>{Code}</script>",
        $"[x](javas\u0000cript:{Code})",
        $"<img src=x one\u0000rror={Code}>",
    ];

    // The first corpus, in alert(1) spelling: unsafe schemes, raw HTML, event handlers and attribute break-outs.
    private static readonly string[] _alertSpellings =
    [
        "[a](javascript:alert(1))",
        "[a](JaVaScRiPt:alert(1))",
        "[a](   javascript:alert(1))",
        "[a](&#106;avascript:alert(1))",
        "[a](&#x6A;avascript:alert(1))",
        "[a](&#X6a;&#x61;vascript:alert(1))",
        "[a](javascript&colon;alert(1))",
        "[a](java\tscript:alert(1))",
        "[a](<java\tscript:alert(1)>)",
        "[a](java&#9;script:alert(1))",
        "[a](java&#10;script:alert(1))",
        "[a](\u0001javascript:alert(1))",
        "[a](javascript%3Aalert(1))",
        "[a](%6Aavascript:alert(1))",
        "[a](javascript:alert(1) \"title\")",
        "[a](vbscript:msgbox(1))",
        "[a](VbScRiPt:msgbox(1))",
        "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[a](DATA:text/html,<script>alert(1)</script>)",
        "![a](javascript:alert(1))",
        "![a](&#106;avascript:alert(1))",
        "![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![a](vbscript:msgbox(1))",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,x>",
        "[a][r]\n\n[r]: javascript:alert(1)",
        "[a][r]\n\n[r]: &#106;avascript:alert(1)",
        "[a][r]\n\n[r]: <java\tscript:alert(1)>",
        "[r]\n\n[r]: vbscript:msgbox(1)",
        "![a][r]\n\n[r]: data:image/png;base64,AAAA",
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://x.example\"></iframe>",
        "<style>body{display:none}</style>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<object data=\"x.swf\"></object>",
        "<embed src=x>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onclick=\"alert(1)\">x</p>",
        "text <b onmouseover=alert(1)>x</b>",
        "<details open ontoggle=alert(1)>",
        "[x](http://a.example/\"onmouseover=\"alert(1))",
        "[x](http://a.example/\" onmouseover=\"alert(1)\")",
        "![x](http://a.example/x.png\"onerror=\"alert(1))",
        "[x](http://a.example 'a\" onmouseover=\"alert(1)')",
        "[x](<http://a.example/> onmouseover=alert(1))",
        "<http://a.example/\"onmouseover=\"alert(1)>",
        "http://a.example/\"onmouseover=\"alert(1)",
        "www.a.example/\"onmouseover=\"alert(1)",
        "```js\" onmouseover=\"alert(1)\nx\n```",
    ];

    /// <summary>Every hostile string, each once.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. _scriptUrls.SelectMany(url => _urlPlaces.Select(place => place(url)))
            .Concat(_alertSpellings).Concat(_rawHtml).Concat(_svgAndMath).Concat(_breakOuts).Concat(_unicodeTricks).Distinct(StringComparer.Ordinal),
    ];

    public static TheoryData<string> Theory => [.. All];
}
