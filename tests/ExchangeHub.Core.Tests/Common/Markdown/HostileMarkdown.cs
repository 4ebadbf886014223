namespace ExchangeHub.Core.Tests.Common.Markdown;

// Inputs that try to get script into the rendered HTML: unsafe schemes in every spelling and
// in every place Markdown takes a URL, raw HTML, event handlers and attribute break-outs.
internal static class HostileMarkdown
{
    public static TheoryData<string> Links =>
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
    ];

    public static TheoryData<string> RawHtml =>
    [
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
    ];

    public static TheoryData<string> BreakOuts =>
    [
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
}
