# seeddata.py — the text of the two seed bulletins, copied by hand from
# /work/shared/seeds/000_*.txt (MS05-039) and 003_*.txt (MS06-007), with the
# seed's JIS-style characters replaced by what a browser shows (U+2212 -> U+FF0D).
# Read by mkmasters.py only.  URLs are reconstructed (see samples/README.md).

BACKNUMBER = ("このページは、HotFix Reportで配信されたセキュリティ情報のバックナンバーです。"
              "「更新日」に明記された時点での情報ですのでご注意ください。"
              "ご購読の申し込みは「HotFix Report購読の申し込み」 をご参照ください。")

URGENCY_LEGEND = ("脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、"
                  "脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性が"
                  "それほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。")

DEPLOY_NOTE = ("1コンソールのUpdateEXPERT 6.1で、今回の修正プログラムを適用するのにかかる時間を概算したもの。"
               "ネットワーク環境や適用するコンピュータの性能などによって適用時間は異なる。"
               "あくまでも目安として利用してほしい。")

WORKAROUND_INTRO = ("何らかの理由で直ちに修正プログラムを適用できない場合には、以下に示す方法で回避が可能だ。"
                    "ただしこの回避策は、脆弱性を根本的に解決するものではない。")

FOOTER_AD = ("HotFix Reportは、UpdateEXPERTユーザー向けの情報を含んでいます。UpdateEXPERTは、"
             "管理者の負担を大幅に軽減するHotFix管理ツールです。UpdateEXPERTに関する詳細ならびに"
             "お問い合わせは、アップデートテクノロジー株式会社のホームページをご参照ください。")
FOOTER_LINES = [
    "Copyright (C) Digital Advantage Corp.",
    "このメールは、HotFix Reportにご登録いただいておりますユーザー様にお送りしています。",
    "無断で複製・再配信などを行うことはできません。 このメールに関する問い合わせ先:info@hotfix.jp",
    ("HotFix Reportでは、細心の注意を払って情報提供を行っておりますが、本サービスにおける情報の正確性、"
     "最新性、適切性などについて、明示的又は黙示的な保証を行いません。また本サービスの停止や欠陥、"
     "それらに起因して発生する損失や損害について、一切責任を負いません。"),
]

TIMES = ("18分", "27分", "52分", "1時間34分")

def dl(fid):
    return "http://www.microsoft.com/downloads/details.aspx?FamilyID=%s&DisplayLang=ja" % fid

MS05_039 = dict(
    key="ms05-039",
    id="MS05-039", kb="899588",
    edition=("2005", "/08/11日版"), edition_split_in_a=False,
    registered="2005/08/10", updated="2005/08/11",
    updated_kanji="2005年8月11日",
    has_detail_link=True,
    severity=1, exploit="なし", action="至急適用", reboot="必要",
    past="なし",
    urgency="適用作業の至急開始", urgency_pos=2, urgency_c="高い",
    jp_url="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx",
    us_url="http://www.microsoft.com/technet/security/bulletin/MS05-039.mspx",
    faq_url="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx#faq",
    title="プラグ・アンド・プレイ・サービスの未チェック・バッファの脆弱性により、リモートで任意のコードが実行される危険性",
    official="プラグ アンド プレイ の脆弱性により、リモートでコードが実行され、特権の昇格が行なわれる",
    lead=[
        ("p", "Windows 2000/XP/Server 2003のプラグ・アンド・プレイ・サービスに未チェック・バッファの脆弱性が存在し、"
              "リモートで任意のコードが実行される危険性がある。Windows 2000では、細工したメッセージを匿名ユーザーから"
              "受信するだけでこの脆弱性が悪用され、最悪の場合、コンピュータの制御が完全に奪われてしまう。"
              "Windows XP SP1では攻撃者が有効なログオン資格を、Windows XP SP2とWindows Server 2003では"
              "管理者権限のログオン資格を得ることが攻撃の条件となる。このように、Windows 2000では特に攻撃の"
              "危険性が高い脆弱性である。"),
        ("p", "マイクロソフトによれば、MS05-039の脆弱性は非公開で報告されたとしており、実証コードや攻撃例は"
              "確認されていないという。脆弱性を発見したInternet Security Systems(ISS)によれば、「この脆弱性の"
              "実証コードがかなり近いうちに現れると予測する」としている。特にWindows 2000の場合は、ログオンの"
              "必要なしにインターネット経由で攻撃を受ける可能性があることから、ウイルスやワームへ悪用されると、"
              "Blasterワーム並みに急速に広まることが懸念される。至急、修正プログラムの適用を開始した方がよい。"),
        ("ref", "Internet Security Systems(Windows プラグ アンド プレイによるリモートからのセキュリティ侵害)",
                "http://www.isskk.co.jp/support/techinfo/general/win_plugandplay_202.html"),
    ],
    overview=[
        "プラグ・アンド・プレイ・サービスとは、デバイスのインストールに際して設定や変更を認識し、自動的に対応する"
        "サービスである。Windows DCE-RPCサービスとして実装されており、SMB名前付きパイプで接続可能である。"
        "細工が施されたSMBプロトコルをプラグ・アンド・プレイ・サービスが受信すると、バッファ・オーバーフローが"
        "発生し、任意のコードが実行されてしまう。Windows 2000では、プラグ・アンド・プレイ・サービスの"
        "コンポーネントを利用する際に認証が必要ないため、匿名のユーザーによって攻撃が可能となっている。",
        "直接インターネットに接続されているコンピュータは、直接外部から攻撃を受ける危険性がある。また社内に侵入した"
        "ワームやウイルスなどによって、LANを経由した攻撃が実行される可能性も懸念される。",
    ],
    affected=[
        ("Windows 2000", "Windows 2000 SP4"),
        ("Windows XP", "Windows XP SP1/SP1a/SP2"),
        ("Windows Server 2003", "Windows Server 2003 SP未適用/SP1"),
    ],
    tested=[
        "Windows 2000 Professional SP4", "Windows 2000 Server SP4", "Windows 2000 Advanced Server SP4",
        "Windows XP Professional SP1", "Windows XP Professional SP1a", "Windows XP Professional SP2",
        "Windows Server 2003, Standard Edition SP未適用", "Windows Server 2003, Enterprise Edition SP未適用",
        "Windows Server 2003, Standard Edition SP1", "Windows Server 2003, Enterprise Edition SP1",
    ],
    notes=[
        ("適用テストの結果", [
            ("p", "DA Labでは、以下のプラットフォームで修正プログラムの適用テストを行った。"),
            ("tested",)]),
        ("Windows 2000 SP3向けの修正プログラムは提供されない", [
            ("p", "Windows 2000 SP3は2005年6月30日にサポート・ライフサイクルが終了したため、MS05-039の修正プログラムは"
                  "提供されない。Windows 2000 SP4を適用してから、MS05-039の修正プログラムを適用する必要がある。")]),
        ("Windows XP SP2とWindows Server 2003 SP1では[プログラムの追加と削除]で表示形式が日付順になる修正ツールが実行される", [
            ("p", "Windows XP SP2とWindows Server 2003 SP1では、update.exe 6.1を使用してビルドされた修正プログラムが、"
                  "コントロール・パネルの[プログラムの追加と削除]で日付順に並ばないという不具合がある。これは、"
                  "update.exe 6.1を使用してビルドされたパッケージのレジストリ・キーに、「Installed On」属性がない"
                  "ことに起因する。"),
            ("p", "MS05-039の修正プログラムでは、Windows XP SP2とWindows Server 2003 SP1において、この不具合を"
                  "解消する「arpidfix.exe」を実行し、[プログラムの追加と削除]の表示形式で日付順に並ぶように"
                  "「Installed On」属性を付加する。arpidfix.exeは、修正プログラムの実行時のみ使用される。"),
            ("ref", "サポート技術情報 904630(Arpidfix.exe ツールについて)",
                    "http://support.microsoft.com/default.aspx?scid=kb;ja;904630")]),
        ("MBSA 2.0の結果", [
            ("p", "MS05-039の修正プログラムが正しく適用されているかどうかは、MBSA 2.0で確認可能だ。未適用の場合は、"
                  "「Windowsのセキュリティの更新プログラム」の「結果の詳細情報」に、「MS05-039 Windows "
                  "{2000/XP/Server 2003} 用セキュリティ更新プログラム (KB901214) 」が表示される。参考までに"
                  "MBSA 1.21では「Windowsのセキュリティの更新」に「プラグ アンド プレイ の脆弱性により、リモートで"
                  "コードが実行され、特権の昇格が行なわれる (899588)」が表示される。")]),
    ],
    downloads=[
        ("Windows 2000 SP4", "Windows 2000 用セキュリティ更新プログラム (KB899588)",
         dl("3b1a8c4e-7f21-4d7a-9c5e-2a6f0b8d1e39")),
        ("Windows XP SP1/SP1a/SP2", "Windows XP 用セキュリティ更新プログラム(KB899588)",
         dl("c2d5a7e1-5b34-4f0e-8a91-6e3d2c7b9f04")),
        ("Windows Server 2003 SP未適用/SP1", "Windows Server 2003 用セキュリティ更新プログラム(KB899588)",
         dl("9e6f1d2b-0c48-4b95-a3e7-5d8c4f1a2b67")),
    ],
    files_intro="以下のファイルが修正プログラムによって更新される。障害の発生が懸念される場合は、これらのファイルのバックアップを取っておくとよい。",
    packages=[
        ("Windows 2000 SP4", "Windows2000-KB899588-x86-JPN.EXE", "2005/06/29", "1.0.0.0", "518,136", [
            (None, r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/28", "5.0.2195.7057", "89,360",
             "User-mode Plug-and-Play Service")]),
        ("Windows XP SP1/SP1a/SP2", "WindowsXP-KB899588-x86-JPN.exe", "2005/07/01", "1.0.0.0", "581,360", [
            ("sp1qfe", r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/30", "5.1.2600.1711", "106,496",
             "User-mode Plug-and-Play Service"),
            ("sp2gdr/sp2qfe", r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/30", "5.1.2600.2710", "117,248",
             "User-mode Plug-and-Play Service")]),
        ("Windows Server 2003 SP未適用/SP1", "WindowsServer2003-KB899588-x86-JPN.exe", "2005/07/01", "1.0.0.0", "594,672", [
            ("rtmgdr/rtmqfe", r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/30", "5.2.3790.360", "123,392",
             "User-mode Plug-and-Play Service"),
            ("sp1gdr", r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/30", "5.2.3790.2477", "137,728",
             "User-mode Plug-and-Play Service"),
            ("sp1qfe", r"%SystemRoot%\system32" "\\", "umpnpmgr.dll", "2005/06/30", "5.2.3790.2477", "128,512",
             "User-mode Plug-and-Play Service")]),
    ],
    verify_intro="修正プログラムが正しく適用できたかどうかは、以下のレジストリ・キーにある値を調べることで確認できる。",
    verify=[
        ("・Windows 2000 SP3/SP4:", r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\Windows 2000\SP5\KB899588\Filelist"),
        ("・Windows XP SP1/SP1a/SP2:", r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\Windows XP\SP3\KB899588\Filelist"),
        ("・Windows Server 2003 SP未適用/SP1:", r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\ Windows Server 2003\SP2\KB899588\Filelist"),
    ],
    workarounds=[
        ("TCPポート139/445の受信側と送信側をファイアウォールでブロックする", [
            ("p", "SMBプロトコルでの接続を開始するのに使用されるこれらのTCPポートを、インターネット接続ファイアウォールや"
                  "パーソナル・ファイアウォール・ソフトウェアなどでブロックすることにより、この脆弱性を悪用した攻撃を"
                  "防止できる。"),
            ("p", "なおWindows XP SP2とWindows Server 2003 SP1のWindowsファイアウォールでは、デフォルトでTCPポート"
                  "139/445の受信側と送信側をブロックする(ただしWindows Server 2003 SP1については、Windowsファイア"
                  "ウォールはデフォルトで無効である)。Windows XP SP2とWindows Server 2003 SP1でWindowsファイア"
                  "ウォールを有効にするには、以下の手順で操作を行う。"),
            ("steps", [
                ["スタート]－[コントロールパネル]を選択する。"],
                ["[Windowsファイアウォール]を選択し、[全般]タブで「有効」をクリックする。必要なら「例外を許可しない」"
                 "にチェックをいれる。"],
                ["[OK]ボタンをクリックし、[Windowsファイアウォール]ダイアログを閉じる。"]]),
            ("p", "[Windowsファイアウォール]の設定において、「例外」タブの「ファイルとプリンタの共有」チェックボックスが"
                  "オンのまま例外を許可すると、TCPポート139/445はオープンされたままになってしまう(デフォルトではオフ)。"
                  "当該チェックボックスをオフにするか、スコープを狭めるなどの対策が必要な点に注意すること。"),
            ("p", "Windows XP SP1/SP1aでインターネット接続ファイアウォール(ICF)を有効にすることで、TCPポート139/445の"
                  "受信側と送信側をブロックすることができる。ICFを有効にするには、以下の手順で操作を行う。"),
            ("steps", [
                ["デスクトップの[マイ ネットワーク]アイコンを右クリックし、メニューから[プロパティ]を選択する。"],
                ["[ネットワーク接続]ウィンドウが開くので、ICFを有効にしたい接続を右クリックし、[プロパティ]を選択する。"],
                ["[ネットワーク接続のプロパティ]ダイアログ－[詳細設定]タブを選択し、「インターネットからのこのコンピュータ"
                 "へのアクセスを制限したり防いだりして、コンピュータとネットワークを保護する」を選択する。"]]),
        ]),
    ],
    deploy=[
        ("Windows2000-KB899588-x86-JPN.EXE", "Windows 2000 SP4"),
        ("WindowsXP-KB899588-x86-JPN.exe", "Windows XP SP1/SP1a/SP2"),
        ("WindowsServer2003-KB899588-x86-JPN.exe", "Windows Server 2003 SP未適用/SP1"),
    ],
    uex=[
        ("・Windows 2000 SP4:", ["[展開ビュー]－[OS]タブに「名前:Windows2000-KB899588-x86-JPN.EXE」で登録"]),
        ("・Windows XP SP1/SP1a/SP2:", ["[展開ビュー]－[OS]タブに「名前:WindowsXP-KB899588-x86-JPN.exe」で登録"]),
        ("・Windows Server 2003 SP未適用/SP1:", [
            "UpdateEXPERT 5.1:サポート対象外",
            "UpdateEXPERT 6.1:[展開ビュー]－[OS]タブに「WindowsServer2003-KB899588-x86-JPN.exe」で登録"]),
    ],
)

MS06_007 = dict(
    key="ms06-007",
    id="MS06-007", kb="913446",
    edition=("2006", "/02/16版"), edition_split_in_a=True,
    registered="2006/02/16", updated="2006/02/16",
    updated_kanji="2006年2月16日",
    has_detail_link=False,
    severity=2, exploit="なし", action="早期適用", reboot="必要",
    past="",
    urgency="適用作業の早期開始", urgency_pos=1, urgency_c="中程度",
    jp_url="http://www.microsoft.com/japan/technet/security/bulletin/MS06-007.mspx",
    us_url="http://www.microsoft.com/technet/security/bulletin/MS06-007.mspx",
    faq_url="http://www.microsoft.com/japan/technet/security/bulletin/MS06-007.mspx#faq",
    title="TCP/IPのIGMPリクエスト処理の脆弱性により、サービス拒否が起きる危険性",
    official="TCP/IP の脆弱性により、サービス拒否が起こる",
    lead=[
        ("p", "IPマルチキャストで利用されるIGMP v3(IGMP Version 3)メッセージの処理に脆弱性が存在する。細工された"
              "IGMP v3メッセージを受信すると、コンピュータが応答しなくなる危険性がある。この脆弱性は、匿名ユーザーに"
              "よるインターネット経由のサービス拒否攻撃に悪用される懸念がある。ただしマイクロソフトによれば、"
              "この脆弱性が悪用された場合でも、コードの実行や特権の昇格が起きることはないとしている。"),
        ("p", "ただし、ファイアウォールなどでIGMPメッセージの受信をブロックしている場合には、脆弱性に対する"
              "インターネットからの攻撃は回避可能だ。ただしワームなどに悪用された場合、社内LANに侵入したワームから"
              "攻撃が行われる可能性もあるため、修正プログラムを適用するか、「参考情報」で示した方法でIGMP関連の"
              "パケットの処理をしないように設定した方がよい。"),
        ("p", "マイクロソフトによれば、MS06-007の脆弱性は非公開で報告されたとしており、実証コードや攻撃例は現在の"
              "ところ確認されていないという。ただし悪用された場合、インターネットからの匿名攻撃が可能であることから"
              "被害が広がる可能性がある。特にWebサーバなど、インターネットに公開しているコンピュータの場合、攻撃を"
              "受ける危険性が高いので、なるべく早期に修正プログラムを適用した方がよい。"),
    ],
    overview=[
        "IGMP(Internet Group Management Protocol)は、TCP/IPの標準機能で、IPホストによるマルチキャストを"
        "サポートするために利用されるプロトコルである。IPホストがマルチキャスト・グループへの参加/脱退を通知"
        "したり、あるマルチキャスト・グループへ参加しているIPホストがいるかどうかをルータがチェックしたりする"
        "ためなどに用いられる。",
        "Windows XPとWindows Server 2003はIGMP v3に対応している。これは、指定したソースまたは指定したソース以外の"
        "すべてからマルチキャスト・トラフィックを受信することを選択可能にする。このIGMP v3メッセージの処理に"
        "脆弱性が存在し、細工されたIGMP v3メッセージを受信すると、その処理によりコンピュータの応答が停止し、"
        "サービス拒否状態となる。ワームなどに悪用された場合、複数のコンピュータが一斉に利用不能になるなどの"
        "被害が生じる可能性もある。",
    ],
    affected=[
        ("Windows XP", "Windows XP SP1/SP1a/SP2"),
        ("Windows Server 2003", "Windows Server 2003 SP未適用/SP1"),
    ],
    tested=[
        "Windows XP Professional SP1", "Windows XP Professional SP1a", "Windows XP Professional SP2",
        "Windows Server 2003, Standard Edition SP未適用", "Windows Server 2003, Enterprise Edition SP未適用",
        "Windows Server 2003, Standard Edition SP1", "Windows Server 2003, Enterprise Edition SP1",
    ],
    notes=[
        ("適用テストの結果", [
            ("p", "DA Labでは、以下のプラットフォームで修正プログラムの適用テストを行った。"),
            ("tested",)]),
        ("自動更新/Microsoft Update/WSUSなどで適用できないトラブルは解消済み", [
            ("p", "リリース日の2月15日、MS06-007の修正プログラムを自動更新やMicrosoft Update、WSUSなどのマイクロソフト製"
                  "パッチ管理ツールで適用しようとすると0x80242006というエラーコードで失敗する、という現象が発生していた。"),
            ("p", "すでにこのトラブルは解消されており、現在は正常に適用可能になっている。自動更新を利用している場合、"
                  "2月15日に一連のセキュリティ修正プログラムを適用したとしても、MS06-007のみ未適用の場合があるので"
                  "確認した方がよい。Microsoft Updateの場合は、再びMicrosoft Updateサイトに接続し、MS06-007の"
                  "修正プログラムを適用すればよい。WSUSでは、新しいMS06-007の修正プログラムの情報をダウンロード"
                  "するために同期を実行する必要がある。自動的に同期している場合は、同期のログを確認した方がよい。")]),
        ("Windows Server 2003 SP1向けの「サポート技術情報:898060」の修正プログラムを含む", [
            ("p", "MS06-007の「この更新プログラムにより何が置き換えられますか?」によれば、MS06-007の修正プログラムは"
                  "Windows Server 2003 SP1向けMS05-019(TCP/IPの脆弱性)の修正プログラムを置き換える、とのことだ。"
                  "しかしWindows Server 2003 SP1にはもともとMS05-019の旧版修正プログラムが含まれている。これは"
                  "実際には、MS05-019の更新版修正プログラムに相当する「サポート技術情報:898060」で提供された"
                  "修正プログラムを指していると思われる。"),
            ("ref", "サポート技術情報 898060(セキュリティ更新プログラム MS05-019 または Windows Server 2003 Service "
                    "Pack 1 のインストール後、クライアントとサーバー間のネットワーク接続が機能しないことがある)",
                    "http://support.microsoft.com/default.aspx?scid=kb;ja;898060"),
            ("p", "この修正プログラムが更新するtcpip.sys(バージョン5.2.3790.2453)は、MS06-007が更新するtcpip.sys"
                  "(バージョン5.2.3790.2617)もより古い。従ってWindows Server 2003 SP1では、「サポート技術情報:898060」"
                  "の修正プログラムの適用/未適用に関係なく、MS06-007の修正プログラムを適用すればよい。")]),
        ("MBSA 2.0の結果", [
            ("p", "修正プログラムが正しく適用されているかどうかは、MBSA 2.0で確認可能だ。未適用の場合は、「Windowsの"
                  "セキュリティの更新」の「結果の詳細情報」に「{Windows XP/Windows Server 2003} 用セキュリティ"
                  "更新プログラム (KB913446)」が表示される。参考までにMBSA 1.21では「TCP/IP の脆弱性により、"
                  "サービス拒否が起こる (913446)」が表示される。")]),
    ],
    downloads=[
        ("Windows XP SP1/SP1a/SP2", "Windows XP 用セキュリティ更新プログラム (KB913446)",
         dl("4d0a1f3e-8b2c-4e61-9f7a-0c5b3d2e1a88")),
        ("Windows Server 2003 SP未適用/SP1", "Windows Server 2003 用セキュリティ更新プログラム (KB913446)",
         dl("a7c3e9b0-2d15-4c8f-b6e4-91f0d8a5c312")),
    ],
    files_intro="以下のファイルにパッチが適用される。障害の発生が懸念される場合は、これらのファイルのバックアップを取っておくとよい。",
    packages=[
        ("Windows XP SP1/SP1a/SP2", "WindowsXP-KB913446-x86-JPN.exe", "2006/01/14", "1.0.0.0", "805,616", [
            ("SP1QFE", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/13", "5.1.2600.1792", "340,480",
             "TCP/IP Protocol Driver"),
            ("SP2GDR", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/13", "5.1.2600.2827", "359,808",
             "TCP/IP Protocol Driver"),
            ("SP2QFE", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/14", "5.1.2600.2827", "360,448",
             "TCP/IP Protocol Driver")]),
        ("Windows Server 2003 SP未適用/SP1", "WindowsServer2003-KB913446-x86-JPN.exe", "2006/01/13", "1.0.0.0", "848,624", [
            ("RTMGDR", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/13", "5.2.3790.468", "317,440",
             "TCP/IP Protocol Driver"),
            ("RTMQFE", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/13", "5.2.3790.468", "318,464",
             "TCP/IP Protocol Driver"),
            ("SP1GDR/SP1QFE", r"%SystemRoot%\system32\drivers" "\\", "tcpip.sys", "2006/01/13", "5.2.3790.2617", "333,312",
             "TCP/IP Protocol Driver")]),
    ],
    verify_intro="修正プログラムが正しく適用できたかどうかは、以下のレジストリ・キーにある値あるいはファイルのバージョンを調べることで確認できる。",
    verify=[
        ("・Windows XP SP1/SP1a/SP2:", r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\Windows XP\SP3\KB913446\Filelist"),
        ("Windows Server 2003 SP未適用/SP1:", r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Updates\Windows Server 2003\SP2\KB913446\Filelist"),
    ],
    workarounds=[
        ("IGMPを無効にする", [
            ("p", "MS06-007の脆弱性の原因となる「IGMP」を無効化することで、コンピュータの応答を停止させる可能性のある"
                  "IGMP関連のパケットを処理させないようにできる。"),
            ("steps", [
                ["レジストリ・エディタを起動する。"],
                ["レジストリ・エディタで、次のレジストリ・キーに値「IGMPLevel」(DWORD値)、データ「0」を追加する。"
                 "この値/データは、IGMPの処理を無効にするもので、デフォルトでこのキーは存在しない。",
                 r"レジストリ・キー: HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\Tcpip" "\\",
                 "Parameters\\",
                 "値: IGMPLevel(DWORD型)",
                 "データ 0"],
                ["コンピュータを再起動する。"]]),
        ]),
    ],
    deploy=[
        ("WindowsXP-KB913446-x86-JPN.exe", "Windows XP SP1/SP1a/SP2"),
        ("WindowsServer2003-KB913446-x86-JPN.exe", "Windows Server 2003 SP未適用/SP1"),
    ],
    uex=[
        ("Windows XP SP1/SP1a/SP2:", ["[展開ビュー]－[OS]タブに「名前:WindowsXP-KB913446-x86-JPN.exe」で登録"]),
        ("・Windows Server 2003 SP未適用/SP1:", ["[展開ビュー]－[OS]タブに「名前:WindowsServer2003-KB913446-x86-JPN.exe」で登録"]),
    ],
)

SEEDS = [MS05_039, MS06_007]
