#!/usr/bin/env python3
"""gen.py - a deterministic corpus of Chinese policy articles for the benchmark.

Writes N articles of three genres -- expert roundtable, government
announcement, conference report -- filled from sentence templates and the
name lists in data/ (surnames and given-name characters, invented institutes
and units, real countries, cities, provinces, ministries, international
organizations, companies and their AI products, work titles built from a
topic word and a head word 倡议/计划/宣言/法案/报告).

Design:
- Document i is drawn from its own generator seeded with "SEED:i", so a
  corpus is a prefix of every larger corpus with the same seed (10 MB is the
  first quarter of 40 MB), output does not depend on Python's hash seed, and
  any slice can be regenerated alone.
- Each article is 1-4 KB of UTF-8: the genre's fixed frame first, then body
  paragraphs while they fit the article's drawn size.
- PDF noise: at some line wraps (every 36-44 characters) a stray space is
  put inside the text, as in text pulled out of a PDF ("发展改 革委").
- Only the standard library; output is byte-identical for a seed on every
  Python 3 (random.Random with a str seed and choice/randint are stable).

Usage:
  gen.py --seed 42 --docs 1000 --out DIR          many files, DIR/NNNN/NNNNNNN-GENRE.txt
  gen.py --seed 42 --size 50MB --out DIR          as many articles as make 50 MB
  gen.py --seed 42 --size 50MB --single --out F   one concatenated file
Sizes count bytes, MB = 10^6 (KB, MB, GB; plain number = bytes).
Prints one summary line "docs=N bytes=B roundtable=.. announcement=.. conference=..".
"""
import argparse
import datetime
import os
import random
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
GENRES = ("roundtable", "announcement", "conference")
WEEKDAY = "一二三四五六日"
CN_NUM = "一二三四五六七八九十"
MIN_BYTES = 1200  # an article never ends below this (articles are 1-4 KB)


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


class Lists:
    """Every name list, read once."""

    def __init__(self):
        self.surnames = load("surnames.txt")
        self.given = load("given.txt")
        self.countries = load("countries.txt")
        self.cities = load("cities.txt")
        self.provinces = [ln.split("\t") for ln in load("provinces.tsv")]
        self.ministries = load("ministries.txt")
        self.intl = load("intl_orgs.txt")
        self.companies = [(c, p.split("|")) for c, p in
                          (ln.split("\t") for ln in load("companies.tsv"))]
        self.topics = load("topics.txt")
        self.inst_prefix = load("inst_prefix.txt")
        self.inst_field = load("inst_field.txt")
        self.inst_type = load("inst_type.txt")
        self.unit_head = load("unit_head.txt")
        self.titles = load("titles.txt")
        self.official_titles = load("official_titles.txt")


class Slots(dict):
    """A template's slot values, drawn on first use and then reused, so a
    name that a template repeats ({person} … {person}) stays the same."""

    def __init__(self, g):
        super().__init__()
        self.g = g

    def __missing__(self, key):
        base = key.rstrip("0123456789")
        if base == "product":
            comp = self["company" + key[len(base):]]
            val = self.g.r.choice(self.g.products[comp])
        else:
            val = getattr(self.g, "s_" + base)()
        self[key] = val
        return val


class Gen:
    """Draws names and sentences for one document from its own rng."""

    def __init__(self, lists, rng):
        self.L = lists
        self.r = rng
        self.products = dict(lists.companies)

    # --- names -----------------------------------------------------------
    def s_person(self):
        r = self.r
        return r.choice(self.L.surnames) + "".join(
            r.choice(self.L.given) for _ in range(r.choice((1, 2, 2, 2))))

    def s_inst(self):
        r, L = self.r, self.L
        return r.choice(L.inst_prefix) + r.choice(L.inst_field) + r.choice(L.inst_type)

    def s_unit(self):
        return self.r.choice(self.L.inst_field + self.L.topics) + self.r.choice(self.L.unit_head)

    def s_title(self):
        return self.r.choice(self.L.titles)

    def s_otitle(self):
        return self.r.choice(self.L.official_titles)

    def s_country(self):
        return self.r.choice(self.L.countries)

    def s_city(self):
        return self.r.choice(self.L.cities)

    def s_province(self):
        return self.r.choice(self.L.provinces)[0]

    def s_ministry(self):
        return self.r.choice(self.L.ministries)

    def s_intl(self):
        return self.r.choice(self.L.intl)

    def s_company(self):
        return self.r.choice(self.L.companies)[0]

    def s_topic(self):
        return self.r.choice(self.L.topics)

    def s_year(self):
        return str(self.r.randint(2018, 2027))

    def s_month(self):
        return str(self.r.randint(1, 12))

    def s_day(self):
        return str(self.r.randint(1, 28))

    def s_num(self):
        return str(self.r.choice((3, 5, 8, 10, 12, 17, 20, 30, 42, 50, 100, 300, 800, 1500)))

    def scope(self):
        r = self.r
        return r.choice(("全球", "中国—东盟", "金砖国家", "亚太", "上海合作组织", "",
                         "", r.choice(self.L.countries)))

    # --- work titles: topic word + head word ---------------------------------
    def s_initiative(self):
        r, t = self.r, self.s_topic()
        return "《" + r.choice((self.scope() + t + "倡议", t + "合作倡议",
                                self.scope() + t + "国际合作倡议")) + "》"

    def s_plan(self):
        r, t, y = self.r, self.s_topic(), int(self.s_year())
        return "《" + r.choice(("%s三年行动计划（%d—%d年）" % (t, y, y + 2),
                                "%s%s发展计划" % (self.s_province(), t),
                                "%s人才培养计划" % t)) + "》"

    def s_declaration(self):
        r = self.r
        return "《" + r.choice((self.s_city() + "宣言",
                                self.scope() + self.s_topic() + self.s_city() + "宣言",
                                self.s_topic() + "合作宣言")) + "》"

    def s_law(self):
        r, t = self.r, self.s_topic()
        return "《" + r.choice((self.s_country() + t + "法案", t + "法案",
                                "中华人民共和国" + t + "法")) + "》"

    def s_report(self):
        r, t, y = self.r, self.s_topic(), self.s_year()
        return "《" + r.choice(("%s年%s发展报告" % (y, t), "%s报告（%s年）" % (t, y),
                                "全球%s指数报告" % t)) + "》"

    def s_work(self):
        return getattr(self, "s_" + self.r.choice(
            ("initiative", "plan", "declaration", "law", "report")))()

    def s_event(self):
        r, t = self.r, self.s_topic()
        return r.choice(("%s%s%s论坛" % (self.s_year(), self.scope(), t),
                         "第%d届%s大会" % (r.randint(2, 30), t),
                         "%s%s峰会" % (self.s_year(), self.s_city()),
                         "%s国际%s博览会" % (self.s_year(), t),
                         "%s%s高级别研讨会" % (self.scope(), t)))

    # --- text --------------------------------------------------------------
    def fill(self, tmpl, slots=None):
        return tmpl.format_map(slots if slots is not None else Slots(self))

    def para(self, templates, lo=2, hi=5):
        return "".join(self.fill(self.r.choice(templates))
                       for _ in range(self.r.randint(lo, hi)))

    def date(self):
        y, m, d = self.r.randint(2019, 2027), self.r.randint(1, 12), self.r.randint(1, 28)
        return datetime.date(y, m, d)


def noisy(text, r, rate=0.3):
    """PDF noise: a stray space at some line wraps, never next to a space."""
    out, i, n = [], 0, len(text)
    while i < n:
        w = r.randint(36, 44)
        out.append(text[i:i + w])
        i += w
        if i < n and r.random() < rate and text[i - 1] != " " and text[i] != " ":
            out.append(" ")
    return "".join(out)


# --- sentence templates (slot names: see Gen.s_*) ---------------------------
BODY = [
    "{year}年{month}月，{ministry}印发{plan}，提出加快推进{topic}。",
    "据{ministry}发布的{report}，{year}年我国{topic}规模同比增长{num}%。",
    "{country}{year}年施行{law}，此后又出台{law2}，试图以规则输出巩固其话语权。",
    "{year}年{month}月，我国提出{initiative}，为制定{topic}规则提供了蓝本。",
    "{year}年{month}月，在{city}举办的{event}上，{country}发布{initiative}。",
    "{company}推出的{product}、{company2}研发的{product2}等加快迭代，能力显著提升。",
    "{intl}发布的{report}显示，全球{topic}持续增长，对经济增长的贡献日益凸显。",
    "{country}、{country2}、{country3}等国也在加紧布局{topic}规则。",
    "国家{topic}基地在{city}、{city2}、{city3}等地布局建设，带动相关产业规模快速扩大。",
    "要以场景需求牵引{topic}，推动形成“数据—模型—应用”的良性循环。",
    "{ministry}会同{ministry2}等部门密集出台配套政策，{topic}的框架体系逐步成型。",
    "支持{company}、{company2}等企业“出海”发展，在{country}布局数据中心和云服务网络。",
    "去年{month}月，{event}在{city}举办，来自多个国家和国际组织的代表围绕{topic}开展深入交流。",
    "{intl}{year}年发布的{report}指出，{topic}只有在开放合作中才能释放最大价值。",
    "当前，{topic}加速演进，高质量数据集成为决定模型能力的关键因素。",
    "我国积极参与{topic}领域的多边机制，推动构建开放、公正、非歧视的发展环境。",
    "在{province}，{topic}试点有序推进，形成了一批可复制的应用场景。",
    "{year}年{month}月{day}日，{ministry}印发《关于加快推进{topic}的通知》，部署{topic2}重点任务。",
]

ROUNDTABLE_Q = ["{topic}取得了哪些进展？", "如何推动{topic}高质量发展？",
                "{topic}如何赋能实体经济？", "如何在{topic}中贡献中国方案？",
                "{topic}面临哪些挑战？"]


def expert_line(g):
    s = Slots(g)
    head = "{unit}{title}".format_map(s)
    if g.r.random() < 0.5:
        head += "、" + g.fill("{unit2}{title2}", s)
    else:
        head += "、" + s["title2"]
    if g.r.random() < 0.3:  # the brief's ASCII form 姓名(单位部门职务、职务):
        return "%s(%s%s):" % (s["person"], s["inst"], head), s
    return "%s（%s%s）：" % (s["person"], s["inst"], head), s


def roundtable(g, budget):
    r, d = g.r, g.date()
    head = ["智库圆桌（第%d期·总%d期）" % (r.randint(1, 99), r.randint(100, 600)),
            "%d年%d月%d日 星期%s" % (d.year, d.month, d.day, WEEKDAY[d.weekday()]),
            "加快推进" + g.s_topic(),
            noisy(g.fill("{topic}是推动高质量发展的重要引擎。今年{month}月，{ministry}印发的{plan}"
                         "提出，深入实施“{topic}”行动。本期特邀专家围绕相关问题进行研讨。"), r)]
    byline_s = Slots(g)
    tail = ["(作者系" + g.fill("{inst}{unit}{title}", byline_s) + ")",
            "本版编辑 %s 美 编 %s 来稿邮箱 zkyt%d@example.com" % (
                " ".join(g.s_person()), " ".join(g.s_person()), d.year)]
    body, size = [], sum(len(x.encode()) for x in head + tail)
    for _ in range(r.randint(2, 4)):
        line, s = expert_line(g)
        q = g.fill(r.choice(ROUNDTABLE_Q))
        first = line + g.fill("{person}所在的{inst}长期关注{topic}。", s) + g.para(BODY, 1, 3)
        chunk = ["", q, "", noisy(first, r)]
        n = sum(len(x.encode()) + 2 for x in chunk)
        if size + n > budget and size >= MIN_BYTES:
            break
        body += chunk
        size += n
        while size < budget * 0.8:
            p = noisy(g.para(BODY), r)
            if size + len(p.encode()) + 2 > budget:
                break
            body.append(p)
            size += len(p.encode()) + 2
    return "\n\n".join(head + body + [""] + tail) + "\n"


ANN_TASK = [
    "支持{company}、{company2}等龙头企业开放研发设计、生产制造等场景。",
    "依托{company}研发的{product}，建设面向制造业的行业大模型。",
    "在{city}、{city2}开展{topic}试点，提升城市精细化治理水平。",
    "支持企业基于{product}等开源大模型开展行业适配和二次开发。",
    "落实{ministry}关于{topic}的工作部署，推动{topic2}规模化应用。",
    "按照《{ministry}关于开展{topic}试点工作的通知》要求，{year}年{month}月底前完成首批项目遴选。",
]
DEPTS = ["省经济和信息化厅", "省发展改革委", "省科技厅", "省教育厅", "省卫生健康委",
         "省数据资源管理局", "省财政厅", "省商务厅"]


def announcement(g, budget):
    r, L = g.r, g.L
    prov, abbr, capital = r.choice(L.provinces)
    d = g.date()
    topic = g.s_topic()
    kind = r.choice(("实施方案", "行动计划", "若干措施", "工作方案"))
    title = "%s%s%s" % (prov, topic, kind)
    if r.random() < 0.7:
        issuer = prov + "人民政府办公厅"
        head = ["%s关于印发%s的通知" % (issuer, title),
                "%s政办〔%d〕%d号" % (abbr, d.year, r.randint(1, 60)),
                "各市、县人民政府，省政府各部门、各直属机构：",
                "经省政府同意，现将《%s》印发给你们，请结合实际认真贯彻落实。" % title]
    else:
        issuer = g.s_ministry()
        title = "%s试点工作方案" % topic
        head = ["%s关于开展%s试点工作的通知" % (issuer, topic),
                "各省、自治区、直辖市及新疆生产建设兵团有关部门：",
                "为贯彻落实%s，现将《%s》印发给你们，请认真组织实施。" % (g.s_plan(), title)]
    head += ["%s\n%d年%d月%d日" % (issuer, d.year, d.month, d.day), "（此件公开发布）", title,
             noisy(g.fill("为深入贯彻《国务院关于深入实施“{topic}”行动的意见》，落实{ministry}、"
                          "{ministry2}关于{topic2}的工作部署，结合%s实际，制定本方案。" % prov), r),
             "一、总体目标",
             noisy("到%d年底，在全省遴选建设%d个以上示范场景。%s、%s作为首批试点城市，率先开展试点。"
                   % (d.year + 1, r.choice((50, 100, 200)), capital, g.s_city()), r),
             "二、重点任务"]
    tail = ["三、保障措施", noisy(g.fill("加强组织领导，建立由{ministry}指导、省直有关部门协同的工作机制。"), r)]
    body, size = [], sum(len(x.encode()) for x in head + tail)
    for i in range(10):
        p = "（%s）建设%s场景。" % (CN_NUM[i], g.s_topic()) + g.para(ANN_TASK, 1, 3) + \
            "（牵头单位：%s；配合单位：%s、%s）" % (r.choice(DEPTS), r.choice(DEPTS), r.choice(DEPTS))
        p = noisy(p, r, 0.15)
        if size + len(p.encode()) + 2 > budget and size >= MIN_BYTES:
            break
        body.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(head + body + tail) + "\n"


CONF_BODY = [
    "{person}在致辞中表示，{country}愿同各方一道，积极践行{initiative}，深化{topic}务实合作。",
    "论坛期间，{inst}与{intl}联合提出{initiative}，倡议各方共建{topic}联合实验室。",
    "{company}发布了面向{country}市场的{product}，支持十余种语言。",
    "{company}发布了{product}，并宣布将在{country}、{country2}新建数据中心。",
    "{inst}与{company}共同发起成立{topic}联盟，首批成员单位包括来自{country}、{country2}等国的{num}家企业和机构。",
    "由{inst}牵头的“{topic}实训基地”也在论坛期间揭牌。",
    "在“{topic}”分论坛上，{country}{ministry}{otitle}{person}介绍了推进{topic2}的经验。",
    "{inst}{unit}{title}{person}认为，各方应加强{topic}等方面的“软联通”。",
    "与会各方还通过了{declaration}，同意探索建立便捷、安全、可信的{topic}机制。",
]


def conference(g, budget):
    r = g.r
    d = g.date()
    d2 = d + datetime.timedelta(days=r.randint(1, 3))
    s = Slots(g)
    s["kind"] = r.choice(("论坛", "大会", "峰会"))
    city, event = s["city"], s["event"]
    decl = "%s%s宣言" % (s["topic"], city)
    src = r.choice(("新华社", "人民网", "中国新闻网", "央视网"))
    head = ["发布时间：%d-%02d-%02d %02d:%02d　来源：%s" % (
                d2.year, d2.month, d2.day, r.randint(7, 22), r.randint(0, 59), src),
            "%s在%s举行 会议发表《%s宣言》" % (event, city, city),
            noisy("%s%s%d月%d日电（记者 %s、%s）以“%s”为主题的%s于%d年%d月%d日至%d日在%s举行。"
                  "来自%s和%s等%d个国家的政府部门、国际组织、科研机构及企业代表约%s人参加。" % (
                      src if src == "新华社" else "本报", city, d2.month, d2.day,
                      " ".join(g.s_person()), g.s_person(), s["topic"], event, d.year, d.month,
                      d.day, d2.day, city, s["country"], s["country2"], r.randint(10, 60),
                      r.choice(("500", "800", "1200", "3000"))), r),
            noisy(g.fill("本届{kind}由{ministry}、{province}人民政府和{intl}共同主办。"
                         "{ministry}{otitle}{person}、{intl}{otitle2}{person2}出席开幕式并致辞。",
                         s), r)]
    tail = [noisy("闭幕式上，会议发表了《%s》（以下简称《%s宣言》）。《%s宣言》提出，各方将共同推进%s。"
                  % (decl, city, city, s["topic"]), r)]
    body, size = [], sum(len(x.encode()) for x in head + tail)
    while True:
        p = noisy(g.para(CONF_BODY, 2, 4), r)
        if size + len(p.encode()) + 2 > budget and size >= MIN_BYTES:
            break
        body.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(head + body + tail) + "\n"


def article(lists, seed, i):
    """Returns (genre, text) of document i under seed."""
    r = random.Random("%d:%d" % (seed, i))
    g = Gen(lists, r)
    genre = GENRES[r.randrange(3)]
    budget = r.randint(1100, 3900)
    make = {"roundtable": roundtable, "announcement": announcement,
            "conference": conference}[genre]
    return genre, make(g, budget)


def parse_size(s):
    s = s.strip().upper()
    for suf, mul in (("GB", 10 ** 9), ("MB", 10 ** 6), ("KB", 10 ** 3), ("B", 1)):
        if s.endswith(suf):
            return int(float(s[:-len(suf)]) * mul)
    return int(s)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Deterministic corpus of Chinese policy articles.")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--docs", type=int, help="number of articles")
    ap.add_argument("--size", help="total bytes (e.g. 50MB; MB = 10^6)")
    ap.add_argument("--out", required=True, help="directory (or file with --single)")
    ap.add_argument("--single", action="store_true", help="one concatenated file")
    a = ap.parse_args(argv)
    if (a.docs is None) == (a.size is None):
        ap.error("give exactly one of --docs and --size")
    limit_docs = a.docs if a.docs is not None else None
    limit_bytes = parse_size(a.size) if a.size is not None else None
    lists = Lists()
    counts = dict.fromkeys(GENRES, 0)
    total, i = 0, 0
    single = None
    if a.single:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        single = open(a.out, "wb")
    else:
        os.makedirs(a.out, exist_ok=True)
    try:
        while (limit_docs is not None and i < limit_docs) or \
              (limit_bytes is not None and total < limit_bytes):
            genre, text = article(lists, a.seed, i)
            data = text.encode("utf-8")
            if single:
                single.write(data + b"\n")
            else:
                sub = os.path.join(a.out, "%04d" % (i // 1000))
                if i % 1000 == 0:
                    os.makedirs(sub, exist_ok=True)
                with open(os.path.join(sub, "%07d-%s.txt" % (i, genre)), "wb") as f:
                    f.write(data)
            counts[genre] += 1
            total += len(data)
            i += 1
    finally:
        if single:
            single.close()
    print("docs=%d bytes=%d %s" % (i, total, " ".join("%s=%d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
