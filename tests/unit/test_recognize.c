/* test_recognize.c - entity recognition and merging on small documents:
 * each recognizer (lexicon, people, organizations and units, works,
 * events, products), merging into one entity with aliases, keys, and
 * mention offsets that map back to the original text. */
#include "pg_recognize.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

static pg_recognizer *rec;

/* A document whose clean text is orig without the spaces between two Han
 * characters (what layout repair does), sentences split at 。 and lines. */
static pg_annot *doc(const char *orig)
{
  pg_annot *a = pg_new_annot();
  pg_doc *d = &a->doc;
  size_t bad, i, k = 0, b = 0;

  d->orig = strdup(orig);
  d->orig_len = strlen(orig);
  pg_utf8_decode(orig, strlen(orig), &d->ocp, &d->on, &bad);
  d->ccp = malloc((d->on + 1) * sizeof *d->ccp);
  d->map = malloc((d->on + 1) * sizeof *d->map);
  d->sent = malloc((d->on + 1) * sizeof *d->sent);
  for (i = 0; i < d->on; i++) {
    if (d->ocp[i] == ' ' && i > 0 && i + 1 < d->on &&
        pg_is_han(d->ocp[i - 1]) && pg_is_han(d->ocp[i + 1]))
      continue;
    d->map[k] = i;
    d->ccp[k++] = d->ocp[i];
  }
  d->cn = k;
  d->map[k] = d->on;
  for (i = 0; i < k; i++)
    if (d->ccp[i] == 0x3002 || d->ccp[i] == '\n' || i + 1 == k) {
      d->sent[d->n_sent].b = b;
      d->sent[d->n_sent++].e = i + 1;
      b = i + 1;
    }
  return a;
}

static pg_annot *run(const char *text)
{
  pg_annot *a = doc(text);

  if (pg_recognize(rec, a, NULL)) {
    pg_free_annot(a);
    return NULL;
  }
  return a;
}

static int find(const pg_annot *a, pg_etype t, const char *label)
{
  size_t i;

  for (i = 0; a && i < a->ne; i++)
    if (a->ent[i].type == t && !strcmp(a->ent[i].label, label))
      return (int)i;
  return -1;
}

/* The number of entities of type t. */
static size_t count_type(const pg_annot *a, pg_etype t)
{
  size_t i, n = 0;

  for (i = 0; a && i < a->ne; i++)
    n += a->ent[i].type == t;
  return n;
}

static int has_alias(const pg_annot *a, int e, const char *alias)
{
  size_t i;

  for (i = 0; e >= 0 && i < a->ent[e].n_alias; i++)
    if (!strcmp(a->ent[e].alias[i], alias))
      return 1;
  return 0;
}

static int has_fact(const pg_annot *a, int s, pg_pred p, int o,
                    const char *lit)
{
  size_t i;

  for (i = 0; s >= 0 && i < a->nf; i++)
    if (a->f[i].subj == s && a->f[i].pred == p &&
        (o < 0 || a->f[i].obj == o) &&
        (!lit || (a->f[i].lit && !strcmp(a->f[i].lit, lit))))
      return 1;
  return 0;
}

/* The original text under the entity's first mention. */
static char *anchor(const pg_annot *a, int e)
{
  const pg_mention *m;

  if (e < 0 || !a->ent[e].n_mention)
    return NULL;
  m = &a->m[a->ent[e].mention[0]];
  return pg_utf8_encode(a->doc.ocp + m->b, m->e - m->b);
}

static void test_intro(void)
{
  pg_annot *a = run("单志广(国家信息中心信息化和产业发展部主任、未来产业和"
                    "平台经济研究中心主任):新一代人工智能正在兴起。");
  int p = find(a, PG_T_PERSON, "单志广");
  int top = find(a, PG_T_ORGANIZATION, "国家信息中心");
  int unit = find(a, PG_T_ORGANIZATION, "信息化和产业发展部");
  int u2 = find(a, PG_T_ORGANIZATION, "未来产业和平台经济研究中心");

  ok(p >= 0, "intro: person 单志广");
  ok(top >= 0, "intro: organization 国家信息中心");
  ok(unit >= 0, "intro: unit labelled with its own name");
  ok(has_alias(a, unit, "国家信息中心信息化和产业发展部"),
     "... with the written form as alias");
  ok(u2 >= 0, "intro: second unit");
  ok(has_fact(a, unit, PG_P_SUBORG, top, NULL), "unit subOrganizationOf");
  ok(has_fact(a, u2, PG_P_SUBORG, top, NULL),
     "unit named without its parent belongs to the previous organization");
  ok(has_fact(a, p, PG_P_AFFILIATION, top, NULL), "affiliation");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "主任"), "job title 主任");
  ok(has_fact(a, p, PG_P_MEMBERSHIP, top, NULL), "membership record");
  pg_free_annot(a);
}

static void test_prefix_chain(void)
{
  pg_annot *a = run("郭剑锋(中国科学院科技战略咨询研究院智库建设研究部执行主任、"
                    "研究员):人工智能带来了机遇。");
  int cas = find(a, PG_T_ORGANIZATION, "中国科学院");
  int inst = find(a, PG_T_ORGANIZATION, "中国科学院科技战略咨询研究院");
  int unit = find(a, PG_T_ORGANIZATION, "智库建设研究部");
  int p = find(a, PG_T_PERSON, "郭剑锋");

  ok(inst >= 0, "an academy's institute keeps the academy's name");
  ok(has_fact(a, inst, PG_P_SUBORG, cas, NULL), "... under the academy");
  ok(has_fact(a, unit, PG_P_SUBORG, inst, NULL), "unit under the institute");
  ok(has_fact(a, p, PG_P_AFFILIATION, inst, NULL),
     "affiliated with the institute");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "执行主任") &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "研究员"),
     "both titles");
  pg_free_annot(a);
}

static void test_credits(void)
{
  pg_annot *a = run("本版编辑 张 静 美 编 高 妍 来稿邮箱 x@example.com");
  int z = find(a, PG_T_PERSON, "张静"), g = find(a, PG_T_PERSON, "高妍");
  char *s = anchor(a, z);

  ok(z >= 0 && g >= 0, "editor line: two people across layout spaces");
  is_str(s, "张 静", "mention anchors the original characters");
  ok(has_fact(a, z, PG_P_JOBTITLE, -1, "编辑"), "编辑");
  ok(has_fact(a, g, PG_P_JOBTITLE, -1, "美编"), "美编 (written 美 编)");
  free(s);
  pg_free_annot(a);
}

static void test_title_name(void)
{
  pg_annot *a = run("国家数据局副局长沈卓然表示,中国愿同东盟一道。沈卓然介绍,"
                    "习近平总书记强调,要加强合作。老挝技术和通信部副部长本占·"
                    "占塔冯出席。");
  int p = find(a, PG_T_PERSON, "沈卓然"), o;

  ok(p >= 0, "title before the name");
  is_int(p >= 0 ? (long long)a->ent[p].n_mention : 0, 2,
         "a later bare mention joins the person");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "国家数据局"),
              NULL),
     "affiliated with the organization before the title");
  ok(has_fact(a, find(a, PG_T_PERSON, "习近平"), PG_P_JOBTITLE, -1,
              "总书记"),
     "name before its title");
  ok(find(a, PG_T_PERSON, "强调") < 0, "a verb after a title is no name");
  o = find(a, PG_T_ORGANIZATION, "老挝技术和通信部");
  ok(o >= 0, "organization with 和 inside, starting at a country");
  ok(has_fact(a, find(a, PG_T_PERSON, "本占·占塔冯"), PG_P_AFFILIATION, o,
              NULL),
     "transliterated name with its affiliation");
  pg_free_annot(a);

  a = run("台州市立医院感染科主任侯巍再过一个月就要退休了。这几天金银潭医院"
          "副院长黄朝林正组织医护人员。俄罗斯副外长里亚布科夫30日表示。"
          "外交部副部长乐玉成表示。市长李刚在会上说。");
  ok(find(a, PG_T_PERSON, "侯巍") >= 0 && find(a, PG_T_PERSON, "黄朝林") >= 0,
     "after a title, an adverb that opens a predicate ends the name");
  ok(has_fact(a, find(a, PG_T_PERSON, "黄朝林"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "金银潭医院"), NULL),
     "... and a time word before the body is no part of its name");
  ok(has_fact(a, find(a, PG_T_PERSON, "里亚布科夫"), PG_P_JOBTITLE, -1,
              "副外长"),
     "副 and any post is the deputy's post");
  ok(find(a, PG_T_PERSON, "乐玉成") >= 0, "a less common surname (乐)");
  ok(find(a, PG_T_PERSON, "李刚") >= 0 && find(a, PG_T_PERSON, "李刚在") < 0,
     "a firm end is still read first");
  pg_free_annot(a);

  a = run("中国工程院院士王树新教授作题为报告的发言。上海交通大学杨建民教授作了发言。"
          "美国工程院院士威廉·韦伯斯特教授作了发言。中共中央印发了《中国共产党纪律"
          "检查委员会工作条例》。祝贺他就任沙特阿拉伯王国王储兼首相。");
  o = find(a, PG_T_PERSON, "王树新");
  ok(has_fact(a, o, PG_P_JOBTITLE, -1, "院士") &&
         has_fact(a, o, PG_P_JOBTITLE, -1, "教授") &&
         has_fact(a, o, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中国工程院"), NULL),
     "a second title after the name: both titles, the body before the first");
  ok(has_fact(a, find(a, PG_T_PERSON, "杨建民"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "上海交通大学"), NULL),
     "a body right before a name with its title after it");
  ok(find(a, PG_T_PERSON, "威廉·韦伯斯特") >= 0,
     "a transliterated name ends before a title");
  ok(find(a, PG_T_PERSON, "纪律检查") < 0 && find(a, PG_T_PERSON, "储兼") < 0,
     "no second title in a body's head (委员会) or across 兼");
  pg_free_annot(a);

  a = run("百度集团副总裁谢广军，阿里巴巴集团高级总监张辉，韩国崔钟贤学术院院长"
          "朴仁国等参会。");
  ok(has_fact(a, find(a, PG_T_PERSON, "谢广军"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "百度"), NULL),
     "a known company written with 集团 is the company");
  ok(has_fact(a, find(a, PG_T_PERSON, "张辉"), PG_P_JOBTITLE, -1, "高级总监"),
     "高级 between the body and the post belongs to the post");
  ok(find(a, PG_T_PERSON, "朴仁国") >= 0 &&
         find(a, PG_T_ORGANIZATION, "韩国崔钟贤学术院") >= 0,
     "a Korean surname; 学术院 closes a body's name");
  pg_free_annot(a);

  a = run("研究所原主任埃里克•博格洛夫作了演讲。埃里克·博格洛夫说，城市很重要。");
  ok(find(a, PG_T_PERSON, "埃里克•博格洛夫") >= 0 ||
         find(a, PG_T_PERSON, "埃里克·博格洛夫") >= 0,
     "a bullet written for the name's middle dot");
  is_int(count_type(a, PG_T_PERSON), 1,
         "... and the name written with either dot is one person");
  pg_free_annot(a);

  a = run("新华社记者  王  晔摄\n\n甘肃省委书记胡昌升先后发言。国务院总理李强代表国务院"
          "向大会作政府工作报告。");
  ok(find(a, PG_T_PERSON, "王晔") >= 0 && find(a, PG_T_PERSON, "王晔摄") < 0,
     "a photographer's credit: the name without 摄");
  ok(find(a, PG_T_PERSON, "胡昌升") >= 0, "先后 after a name ends it");
  pg_free_annot(a);
  a = run("本报记者 肖 茜 报道。");
  ok(find(a, PG_T_PERSON, "肖茜") >= 0 && find(a, PG_T_PERSON, "肖茜报道") < 0,
     "报道 after a reporter's spaced-out name is no part of it");
  pg_free_annot(a);
  a = run("102岁的覃德华爷爷和101岁的张元秀婆婆康复出院。3岁的孩子和80岁的老人都来了。");
  ok(find(a, PG_T_PERSON, "覃德华") >= 0 && find(a, PG_T_PERSON, "张元秀") >= 0,
     "an age before a name introduces a person");
  is_int(count_type(a, PG_T_PERSON), 2, "... but no common noun after an age");
  pg_free_annot(a);
  a = run("学生开始上课。民警张伟说，注意安全。");
  ok(find(a, PG_T_PERSON, "张伟") >= 0 && count_type(a, PG_T_PERSON) == 1,
     "an occupation that is no post introduces a name (民警张伟说)");
  ok(find(a, PG_T_ORGANIZATION, "向大会作政府") < 0,
     "向大会作政府工作报告 names no body (国务院|向大会作政府)");
  pg_free_annot(a);

  a = run("深圳市公司治理研究会发布报告。外交部亚洲司司长刘劲松表示。");
  ok(find(a, PG_T_ORGANIZATION, "深圳市公司治理研究会") >= 0 &&
         find(a, PG_T_ORGANIZATION, "深圳市公司") < 0,
     "公司治理 is no head 司 (corporate governance), one body");
  ok(find(a, PG_T_ORGANIZATION, "外交部亚洲司") >= 0, "... but 亚洲司 is a unit");
  pg_free_annot(a);

  a = run("昨天，阿里巴巴的千问APP在应用商店里上线了。");
  ok(find(a, PG_T_PRODUCT, "千问APP") >= 0, "的<name>APP is an app");
  pg_free_annot(a);

  a = run("阮富仲祝贺中共二十大取得成果。完善选举制度采取“决定+修法”的方式。");
  ok(find(a, PG_T_EVENT, "中共二十大") >= 0, "中共二十大 is the party congress");
  ok(count_type(a, PG_T_LAW) == 0, "“决定+修法” (amending a law) is no law");
  pg_free_annot(a);

  a = run("习近平在上海主持召开部分省区市“十五五”时期经济社会发展座谈会并发表重要讲话。"
          "10月16日至17日，“天津论坛2021”在津举行。出席了的第七届“一带一路”高峰论坛。");
  ok(find(a, PG_T_EVENT, "部分省区市“十五五”时期经济社会发展座谈会") >= 0 ||
         find(a, PG_T_EVENT, "部分省区市十五五时期经济社会发展座谈会") >= 0,
     "召开 + a name with a quoted term + head (and 并 after it)");
  ok(find(a, PG_T_EVENT, "天津论坛2021") >= 0,
     "a quoted name with its edition's year after the head");
  ok(find(a, PG_T_PLACE, "天津") >= 0,
     "在津举行: 津 is 天津 where something is held");
  ok(find(a, PG_T_EVENT, "的第七届“一带一路”高峰论坛") < 0,
     "no name starts at 的 before a quoted term");
  pg_free_annot(a);
}

static void test_works(void)
{
  pg_annot *a = run("欧盟通过《人工智能法案》《人工智能伦理公约》等。同埃及合作"
                    "启动\"数字埃及建设者\"计划。组织开展算力强基揭榜行动,"
                    "稳步推动。发表了《人工智能全球治理上海宣言》。峰会发布了"
                    "《2025年\"人工智能治理全球对话\"联合主席声明:推进包容的"
                    "人工智能治理》。《数字中国发展报告(2024年)》显示。");
  int e;

  ok(find(a, PG_T_LAW, "人工智能法案") >= 0, "法案 is a law");
  ok(find(a, PG_T_LAW, "人工智能伦理公约") >= 0, "公约 is a law");
  pg_free_annot(a);
  a = run("营业执照送到了他们手上，“新想法”有了通行证，“反食品浪费法”也通过了。");
  ok(count_type(a, PG_T_LAW) == 1 && find(a, PG_T_LAW, "反食品浪费法") >= 0,
     "a quoted word ending in 法 that is no law (想法) is no law");
  pg_free_annot(a);
  a = run("欧盟通过《人工智能法案》《人工智能伦理公约》等。同埃及合作"
          "启动\"数字埃及建设者\"计划。组织开展算力强基揭榜行动,"
          "稳步推动。发表了《人工智能全球治理上海宣言》。峰会发布了"
          "《2025年\"人工智能治理全球对话\"联合主席声明:推进包容的"
          "人工智能治理》。《数字中国发展报告(2024年)》显示。");
  e = find(a, PG_T_INITIATIVE, "数字埃及建设者计划");
  ok(e >= 0, "quoted programme: label without quotes");
  ok(has_alias(a, e, "\"数字埃及建设者\"计划"), "... the written form alias");
  ok(find(a, PG_T_INITIATIVE, "算力强基揭榜行动") >= 0,
     "unquoted plan after a verb");
  ok(find(a, PG_T_DECLARATION, "人工智能全球治理上海宣言") >= 0,
     "宣言 is a declaration");
  e = find(a, PG_T_DECLARATION, "2025年\"人工智能治理全球对话\"联合主席声明:"
                                "推进包容的人工智能治理");
  ok(e >= 0, "a title with inner quotes and a subtitle is kept whole");
  ok(has_alias(a, e, "2025年\"人工智能治理全球对话\"联合主席声明"),
     "... the title before the subtitle is an alias");
  e = find(a, PG_T_REPORT, "数字中国发展报告(2024年)");
  ok(has_alias(a, e, "数字中国发展报告"), "report: edition dropped in alias");
  pg_free_annot(a);

  a = run("领导人批准上海合作组织关于各国团结共促世界公正、和睦、发展的倡议，"
          "发表关于睦邻互信和伙伴关系原则的声明。“一屋一策”提出改造方案。");
  e = find(a, PG_T_INITIATIVE,
           "上海合作组织关于各国团结共促世界公正、和睦、发展的倡议");
  ok(e >= 0, "unquoted [body]关于…的<head> after a verb, 、 and 和 inside");
  ok(has_alias(a, e, "关于各国团结共促世界公正、和睦、发展的倡议"),
     "... also known by its 关于… name");
  ok(find(a, PG_T_DECLARATION, "关于睦邻互信和伙伴关系原则的声明") >= 0,
     "关于…的声明 after 发表");
  ok(find(a, PG_T_INITIATIVE, "一屋一策提出改造方案") < 0,
     "a verb between a quote and a head makes a clause");
  pg_free_annot(a);

  a = run("会议听取了最高人民法院工作报告和最高人民检察院工作报告。");
  ok(find(a, PG_T_REPORT, "最高人民法院工作报告") >= 0 &&
         find(a, PG_T_REPORT, "最高人民检察院工作报告") >= 0,
     "a body's 工作报告 is a report");
  pg_free_annot(a);

  a = run("3月15日，总投资283亿元的华晨宝马新工厂项目开工复产。"
          "雄安新区一季度43个重点项目开工。");
  ok(find(a, PG_T_INITIATIVE, "华晨宝马新工厂项目") >= 0,
     "a named project: a body's …项目 before 开工");
  ok(find(a, PG_T_INITIATIVE, "雄安新区一季度43个重点项目") < 0,
     "... but not a count of projects");
  pg_free_annot(a);

  a = run("各国应遵守《联合国宪章》。中国载人航天工程办公室发布。"
          "中国外交部发布文件。");
  ok(find(a, PG_T_LAW, "联合国宪章") >= 0 &&
         find(a, PG_T_ORGANIZATION, "联合国") >= 0,
     "a lexicon body starting a lexicon work's name is a mention of its own");
  ok(find(a, PG_T_ORGANIZATION, "中国载人航天工程办公室") >= 0 &&
         find(a, PG_T_INITIATIVE, "中国载人航天工程") < 0,
     "a lexicon work before an organization head is a body's name");
  ok(has_alias(a, find(a, PG_T_ORGANIZATION, "外交部"), "中国外交部"),
     "中国外交部 is China's 外交部");
  pg_free_annot(a);

  a = run("10月19日，第二届全国青年徒步大会启动仪式在延安举行。");
  e = find(a, PG_T_EVENT, "第二届全国青年徒步大会");
  ok(e >= 0, "an event's ceremony (…启动仪式) is the event");
  ok(has_alias(a, e, "第二届全国青年徒步大会启动仪式"),
     "... also known by the ceremony's name");
  pg_free_annot(a);

  a = run("党的十九届五中全会审议通过了建议，学习十九届历次全会精神。");
  e = find(a, PG_T_EVENT, "十九届五中全会");
  ok(has_alias(a, e, "党的十九届五中全会"), "党的 before a session's name");
  ok(find(a, PG_T_EVENT, "十九届历次全会") < 0, "历次全会 is no one event");
  pg_free_annot(a);

  a = run("杨军，生前是湖北省荆州市沙市区人民法院刑事审判庭庭长。");
  ok(find(a, PG_T_ORGANIZATION, "湖北省荆州市沙市区人民法院") >= 0,
     "a court named with its address");
  ok(find(a, PG_T_PLACE, "湖北省") >= 0 && find(a, PG_T_PLACE, "荆州市") >= 0 &&
         find(a, PG_T_PLACE, "沙市区") >= 0,
     "an address of two or more divisions a body's name starts with names "
     "its places");
  pg_free_annot(a);
  a = run("在云南省昆明市晋宁区人民医院感染性疾病科，医生说。台州市立医院感染科主任"
          "王芳说，她本科毕业于医科大学。");
  ok(find(a, PG_T_ORGANIZATION, "感染性疾病科") >= 0 &&
         find(a, PG_T_ORGANIZATION, "感染科") >= 0,
     "a department after its hospital, before punctuation or a title");
  ok(find(a, PG_T_PERSON, "王芳") >= 0, "... and the name after the title");
  ok(count_type(a, PG_T_ORGANIZATION) == 4,
     "本科 after a name is no department (%zu bodies)",
     count_type(a, PG_T_ORGANIZATION));
  pg_free_annot(a);
  a = run("韩国科学技术研究院生物与脑工程系教授王明说，北京大学哲学系主任出席，"
          "体系和关系很重要。");
  ok(find(a, PG_T_ORGANIZATION, "生物与脑工程系") >= 0 &&
         find(a, PG_T_ORGANIZATION, "哲学系") >= 0,
     "a department after its institute or university");
  ok(count_type(a, PG_T_ORGANIZATION) == 4,
     "体系 and 关系 close no department (%zu bodies)",
     count_type(a, PG_T_ORGANIZATION));
  pg_free_annot(a);
  a = run("国家卫生健康委体外诊断与放射卫生办公室主任王明说。");
  ok(find(a, PG_T_ORGANIZATION, "体外诊断与放射卫生办公室") >= 0,
     "a unit's head before a title the head and the title spell too "
     "(办公室|主任, not 办公室主任)");
  pg_free_annot(a);
  a = run("俄罗斯外交部副部长里亚布科夫说，医院科室正常运转。");
  ok(find(a, PG_T_PERSON, "里亚布科夫") >= 0,
     "科 inside a name after a body and a title closes no department");
  pg_free_annot(a);
  a = run("法国船级社发布报告，湖北省军区司令员出席，中国既然宣示要成为军区强国。");
  ok(find(a, PG_T_ORGANIZATION, "法国船级社") >= 0, "船级社 closes a body");
  ok(find(a, PG_T_ORGANIZATION, "湖北省军区") >= 0 &&
         find(a, PG_T_PLACE, "湖北省") < 0,
     "军区 closes a body right after a place, which it does not name");
  pg_free_annot(a);

  a = run("湖北省委召开会议，台州市立医院收治患者。");
  ok(find(a, PG_T_ORGANIZATION, "湖北省委") >= 0 &&
         find(a, PG_T_PLACE, "湖北省") < 0 && find(a, PG_T_PLACE, "台州市") < 0,
     "one division alone before a body's head names no place");
  pg_free_annot(a);

  a = run("在安徽省金寨县花石乡大湾村，村民汪能保和张帮若采茶。长兴县城乡居民"
          "和农民齐聚一堂，游客慕名而来。");
  ok(find(a, PG_T_PLACE, "花石乡") >= 0 && find(a, PG_T_PLACE, "大湾村") >= 0,
     "towns and villages after their county, in a chain");
  ok(find(a, PG_T_PLACE, "城乡") < 0, "城乡 after a county is no town");
  ok(find(a, PG_T_PERSON, "汪能保") >= 0, "村民<name>和: a person");
  ok(find(a, PG_T_PERSON, "齐聚一堂") < 0 && find(a, PG_T_PERSON, "慕名而来") < 0,
     "... but not a four-character phrase after 农民 or 游客");
  pg_free_annot(a);

  a = run("“嫦娥”揽月。一艘神舟飞船。长征二号F遥十五运载火箭发射。重走长征路。"
          "海洋科考船出发。");
  ok(find(a, PG_T_PRODUCT, "嫦娥") >= 0 && find(a, PG_T_PRODUCT, "神舟") >= 0,
     "a craft series quoted or before 飞船 is a product");
  ok(find(a, PG_T_PRODUCT, "长征二号F") >= 0, "a numbered craft with its model letter");
  ok(find(a, PG_T_PRODUCT, "长征") < 0 && find(a, PG_T_PRODUCT, "海洋") < 0,
     "... but a series that is also a word only numbered");
  pg_free_annot(a);

  a = run("中国共产党第十九届中央委员会第六次全体会议在北京举行。"
          "十三届全国人大常委会委员长栗战书主持。第七十五届联合国大会开幕。");
  e = find(a, PG_T_ORGANIZATION, "中共中央");
  ok(has_alias(a, e, "中国共产党第十九届中央委员会"),
     "a body written with its term is the body (中国共产党|第十九届|中央委员会)");
  ok(has_alias(a, find(a, PG_T_ORGANIZATION, "全国人大常委会"),
               "十三届全国人大常委会"),
     "... also with the term first (十三届|全国人大常委会)");
  ok(find(a, PG_T_EVENT, "第七十五届联合国大会") >= 0,
     "... but an assembly's numbered session is an event");
  pg_free_annot(a);

  a = run("执行俄罗斯和联合国签署的黑海粮食运输协议。我国已与各国签署政府间科技合作协定。");
  ok(find(a, PG_T_DECLARATION, "黑海粮食运输协议") >= 0,
     "an unquoted agreement after 签署的, named after a place");
  ok(find(a, PG_T_DECLARATION, "政府间科技合作协定") < 0,
     "... but not a kind of agreement");
  pg_free_annot(a);

  a = run("第一届中国青少年足球联赛今天在浙江杭州正式启动。");
  ok(find(a, PG_T_EVENT, "第一届中国青少年足球联赛") >= 0,
     "a numbered league (联赛) is an event");
  pg_free_annot(a);

  a = run("今年是我提出共建“一带一路”倡议10周年，“一带一路”合作成果丰硕。"
          "中方将推出《“一带一路”廉洁建设高级原则》。");
  ok(find(a, PG_T_INITIATIVE, "一带一路倡议") < 0,
     "a programme named as the lexicon names it is the lexicon's entity");
  ok(find(a, PG_T_DECLARATION, "“一带一路”廉洁建设高级原则") >= 0 ||
         find(a, PG_T_DECLARATION, "\"一带一路\"廉洁建设高级原则") >= 0,
     "《…原则》 is a declaration");
  pg_free_annot(a);

  a = run("中共中央、国务院印发通知。中央统战部和国务院办公厅落实。");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "国务院办公厅"), PG_P_SUBORG,
              find(a, PG_T_ORGANIZATION, "国务院"), NULL),
     "a lexicon unit written with its parent's name is part of it");
  ok(!has_fact(a, find(a, PG_T_ORGANIZATION, "中央统战部"), PG_P_SUBORG,
               find(a, PG_T_ORGANIZATION, "中共中央"), NULL),
     "... but the lexicon alone states no part the text does not write");
  pg_free_annot(a);

  a = run("党中央高度重视。中共中央政治局召开会议。中共中央总书记习近平主持。"
          "中央书记处书记出席。");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "中央政治局"), PG_P_SUBORG,
              find(a, PG_T_ORGANIZATION, "中共中央"), NULL),
     "a unit written with its parent's name, the parent named so on its own");
  pg_free_annot(a);
  a = run("党中央高度重视。中共中央政治局召开会议。");
  ok(!has_fact(a, find(a, PG_T_ORGANIZATION, "中央政治局"), PG_P_SUBORG,
               find(a, PG_T_ORGANIZATION, "中共中央"), NULL),
     "... not when the parent is named on its own only otherwise (党中央)");
  pg_free_annot(a);

  a = run("国务院办公厅近日印发《关于加强工作的意见》。《意见》指出，要加强。");
  e = find(a, PG_T_INITIATIVE, "关于加强工作的意见");
  ok(e >= 0 && has_alias(a, e, "意见") && find(a, PG_T_INITIATIVE, "意见") < 0,
     "《意见》 after the one 《关于…的意见》 is that document");
  pg_free_annot(a);
  a = run("国务院印发《关于甲的意见》和《关于乙的意见》。《意见》指出。");
  ok(find(a, PG_T_INITIATIVE, "意见") < 0 &&
         find(a, PG_T_INITIATIVE, "关于甲的意见") >= 0 &&
         !has_alias(a, find(a, PG_T_INITIATIVE, "关于甲的意见"), "意见"),
     "... but names neither (nor a node of its own) when two share the head");
  pg_free_annot(a);

  a = run("俄方不会就德国公司提出要求。两家德国保险公司表示。");
  ok(find(a, PG_T_ORGANIZATION, "德国公司") < 0 &&
         find(a, PG_T_ORGANIZATION, "德国保险公司") < 0,
     "a country and a kind of body name no one body");
  pg_free_annot(a);

  a = run("20日，该州州长德桑蒂斯在发布会上表示。");
  ok(find(a, PG_T_PERSON, "德桑蒂斯") >= 0,
     "a transliterated name after 该州 and a title");
  pg_free_annot(a);

  a = run("《求是》杂志发表习近平总书记重要讲话《新发展阶段构建新发展格局》。");
  ok(find(a, PG_T_REPORT, "新发展阶段构建新发展格局") >= 0,
     "重要讲话《…》: a speech, a report");
  ok(find(a, PG_T_ORGANIZATION, "求是") >= 0, "《求是》杂志 is the magazine");
  pg_free_annot(a);

  a = run("中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明（全文）\n"
          "2019/07/22\n一、双方同意加强合作。");
  e = find(a, PG_T_DECLARATION,
           "中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明");
  ok(e >= 0, "a headline joint statement of two countries, （全文） left out");
  ok(has_alias(a, e, "关于加强全面战略伙伴关系的联合声明"), "... also its 关于… name");
  pg_free_annot(a);

  a = run("作为“中国意大利文化和旅游年”的重头项目，“意大利之源——古罗马文明展”"
          "展出藏品。");
  ok(find(a, PG_T_EVENT, "中国意大利文化和旅游年") >= 0 &&
         find(a, PG_T_EVENT, "意大利之源——古罗马文明展") >= 0,
     "a quoted name closed by an event head is the event's whole name");
  pg_free_annot(a);

  a = run("凝聚实现中华民族伟大复兴中国梦的磅礴力量。");
  ok(find(a, PG_T_PLACE, "中国") < 0, "中国梦 names no place");
  pg_free_annot(a);

  a = run("十三届全国人大五次会议主席团举行第三次会议。");
  ok(find(a, PG_T_ORGANIZATION, "十三届全国人大五次会议主席团") >= 0,
     "a meeting's body named after it is an organization");
  ok(find(a, PG_T_EVENT, "十三届全国人大五次会议") >= 0,
     "... and the meeting stays an event");
  pg_free_annot(a);
}

static void test_events(void)
{
  pg_annot *a = run("2025世界人工智能大会暨人工智能全球治理高级别会议将在上海举办。"
                    "我国曾在联合国人权理事会第五十三届会议、第五十五届会议分别"
                    "发言。我国在人权理事会第五十九届会议发言。第七十八届联合国"
                    "大会协商一致通过决议。今年2月,人工智能行动峰会在法国举办。");
  int e = find(a, PG_T_EVENT,
               "2025世界人工智能大会暨人工智能全球治理高级别会议");

  ok(e >= 0, "year + name + 暨 + name");
  ok(has_alias(a, e, "2025世界人工智能大会"), "... the part before 暨");
  ok(find(a, PG_T_EVENT, "联合国人权理事会第五十三届会议") >= 0,
     "organization + session");
  e = find(a, PG_T_EVENT, "联合国人权理事会第五十五届会议");
  ok(e >= 0 && has_alias(a, e, "第五十五届会议"),
     "a bare coordinated session takes the organization");
  e = find(a, PG_T_EVENT, "联合国人权理事会第五十九届会议");
  ok(e >= 0 && has_alias(a, e, "人权理事会第五十九届会议"),
     "a session written with the organization's alias");
  ok(find(a, PG_T_EVENT, "第七十八届联合国大会") >= 0, "ordinal + name");
  ok(find(a, PG_T_ORGANIZATION, "联合国大会") < 0,
     "... whose organization name names an edition, not a mention");
  ok(find(a, PG_T_ORGANIZATION, "联合国人权理事会") >= 0,
     "the organization of a session is a mention");
  ok(find(a, PG_T_EVENT, "人工智能行动峰会") >= 0, "plain named summit");
  ok(find(a, PG_T_PLACE, "法国") >= 0, "country");
  pg_free_annot(a);

  a = run("作为高端论坛重要组成部分的青年科技学者论坛4月2日在烟台举行。"
          "这是他们的重要会议。");
  ok(find(a, PG_T_EVENT, "青年科技学者论坛") >= 0,
     "…的 + name + date + 在 + place + 举行: the held event after 的");
  ok(find(a, PG_T_EVENT, "重要会议") < 0 && find(a, PG_T_EVENT, "他们的重要会议") < 0,
     "... but no name after 的 in a clause that holds nothing");
  pg_free_annot(a);
}

static void test_merge(void)
{
  pg_annot *a = run("我国高度重视。中国一东盟人工智能创新合作中心等先后成立。"
                    "2025年5月,中赞两国共同举办活动。美 国出台政策。"
                    "需抓住 Deep Seek 等产品,开源大模型 DeepSeek 等。"
                    "阿里巴巴达摩院推出大模型版本 SeaLLM,填补空白。");
  int cn = find(a, PG_T_PLACE, "中国"), e;

  ok(cn >= 0 && has_alias(a, cn, "我国"), "我国 is an alias of 中国");
  is_str(cn >= 0 ? a->ent[cn].key : NULL, "中国", "key from the label");
  is_str(cn >= 0 ? a->ent[cn].label_en : NULL, "China", "English label");
  e = find(a, PG_T_ORGANIZATION, "中国—东盟人工智能创新合作中心");
  ok(e >= 0, "OCR 一 between two names becomes a dash");
  ok(has_alias(a, e, "中国一东盟人工智能创新合作中心"), "... 一 form alias");
  ok(find(a, PG_T_PLACE, "赞比亚") >= 0, "中赞两国: 赞 is Zambia");
  e = find(a, PG_T_PRODUCT, "DeepSeek");
  is_int(e >= 0 ? (long long)a->ent[e].n_mention : 0, 2,
         "Deep Seek and DeepSeek: one product, two mentions");
  ok(find(a, PG_T_PLACE, "美国") >= 0, "美 国 across a layout space");
  ok(find(a, PG_T_PRODUCT, "SeaLLM") >= 0, "Latin product after 版本");
  e = find(a, PG_T_ORGANIZATION, "阿里巴巴达摩院");
  ok(e >= 0 && has_alias(a, e, "达摩院"), "lab with its lexicon alias");
  ok(find(a, PG_T_PRODUCT, "开源大模型") < 0, "generic 开源大模型 is no product");
  pg_free_annot(a);
}

static void test_short_forms(void)
{
  pg_annot *a = run("会议发表了《中国—东盟数字经济合作南宁宣言》(以下简称"
                    "《南宁宣言》)。《南宁宣言》提出合作。由省数据资源管理局"
                    "负责。安徽省数据资源管理局、安徽省科学技术厅,省科技厅。");
  int e = find(a, PG_T_DECLARATION, "中国—东盟数字经济合作南宁宣言");

  ok(e >= 0 && has_alias(a, e, "南宁宣言"), "short title merges into the full");
  is_int(find(a, PG_T_DECLARATION, "南宁宣言"), -1, "... no second node");
  e = find(a, PG_T_ORGANIZATION, "安徽省数据资源管理局");
  ok(e >= 0 && has_alias(a, e, "省数据资源管理局"), "省… is the province's");
  e = find(a, PG_T_ORGANIZATION, "安徽省科学技术厅");
  ok(e >= 0 && has_alias(a, e, "省科技厅"), "abbreviation table: 科技厅");
  pg_free_annot(a);
}

/* Merging through its indexes: short forms with one long form or two,
 * event abbreviations, aliases two editions share, lexicon parents. */
static void test_merge_indexes(void)
{
  pg_annot *a = run("安徽省科学技术厅和浙江省科学技术厅联合发文。省科技厅负责"
                    "落实。联合国大会和联合国召开会议。");
  int e, o;

  e = find(a, PG_T_ORGANIZATION, "省科技厅");
  ok(e >= 0 && !has_alias(a, find(a, PG_T_ORGANIZATION, "安徽省科学技术厅"),
                          "省科技厅") &&
         !has_alias(a, find(a, PG_T_ORGANIZATION, "浙江省科学技术厅"),
                    "省科技厅"),
     "a short form with two long forms joins neither");
  e = find(a, PG_T_ORGANIZATION, "联合国大会");
  o = find(a, PG_T_ORGANIZATION, "联合国");
  ok(o >= 0 && has_fact(a, e, PG_P_SUBORG, o, NULL),
     "a lexicon organization's parent named in the text");
  ok(!has_fact(a, o, PG_P_SUBORG, -1, NULL), "... and not the other way");
  pg_free_annot(a);

  a = run("2026数字经济国际论坛在北京举行。\n数字经济论坛于3月开幕。");
  e = find(a, PG_T_EVENT, "2026数字经济国际论坛");
  ok(e >= 0 && has_alias(a, e, "数字经济论坛") &&
         find(a, PG_T_EVENT, "数字经济论坛") < 0,
     "an event's abbreviation joins the event");
  pg_free_annot(a);

  a = run("2024数字治理国际论坛在北京举行。2025数字治理国际论坛在杭州举行。");
  e = find(a, PG_T_EVENT, "2024数字治理国际论坛");
  o = find(a, PG_T_EVENT, "2025数字治理国际论坛");
  ok(e >= 0 && o >= 0 && e != o && !has_alias(a, e, "数字治理国际论坛") &&
         !has_alias(a, o, "数字治理国际论坛"),
     "an alias two editions share names neither");
  pg_free_annot(a);
}

static void test_more_patterns(void)
{
  pg_annot *a = run("法国Mistral AI公司发布了新模型。英国首相斯塔默表示支持。"
                    "美国国家标准与技术研究院（NIST）发布了框架。在浙江省义乌市"
                    "举办,重庆多个城市参加。会议发表了《人工智能全球治理上海宣言》。"
                    "上海宣言强调合作。局长时间紧张。");
  int e;

  e = find(a, PG_T_ORGANIZATION, "Mistral AI");
  ok(e >= 0 && has_alias(a, e, "Mistral AI公司"),
     "Latin company name, spaces kept, 公司 form as alias");
  ok(find(a, PG_T_ORGANIZATION, "法国Mistral AI公司") < 0 &&
         find(a, PG_T_PLACE, "法国") >= 0,
     "... the country before it stays a place");
  ok(find(a, PG_T_PERSON, "斯塔默") >= 0,
     "transliterated name after country + title");
  e = find(a, PG_T_ORGANIZATION, "美国国家标准与技术研究院");
  ok(e >= 0 && has_alias(a, e, "NIST"), "Latin abbreviation in parentheses");
  ok(find(a, PG_T_PLACE, "义乌市") >= 0, "county-level city after province");
  ok(find(a, PG_T_PLACE, "多个城市") < 0, "... but not 多个城市");
  e = find(a, PG_T_DECLARATION, "人工智能全球治理上海宣言");
  is_int(e >= 0 ? (long long)a->ent[e].n_mention : 0, 2,
         "unquoted 上海宣言 is a mention of the full title");
  ok(find(a, PG_T_PERSON, "时间") < 0, "common words are no names");
  pg_free_annot(a);

  a = run("中国工程院院士、中国人工智能学会理事长戴琼海表示支持。近年来，"
          "海尔集团、三一重工、某某智造等龙头企业加快布局。国有企业、民营"
          "企业等各类企业参与。国务院各部委负责。苏州职业技术学院人工智能"
          "学院院长张伟表示支持。数据中心主任王芳说。");
  e = find(a, PG_T_PERSON, "戴琼海");
  ok(has_fact(a, e, PG_P_JOBTITLE, -1, "院士") &&
         has_fact(a, e, PG_P_JOBTITLE, -1, "理事长"),
     "coordinated appositions: both titles");
  ok(has_fact(a, e, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "中国工程院"),
              NULL),
     "... and both organizations");
  ok(find(a, PG_T_ORGANIZATION, "某某智造") >= 0,
     "an item of a list closed by 等龙头企业 is an organization");
  ok(find(a, PG_T_ORGANIZATION, "国有企业") < 0, "... not a generic one");
  ok(find(a, PG_T_ORGANIZATION, "各部委") < 0, "各部委 is no unit");
  e = find(a, PG_T_ORGANIZATION, "人工智能学院");
  ok(has_fact(a, find(a, PG_T_PERSON, "张伟"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "苏州职业技术学院"), NULL) && e >= 0,
     "organization + title + name at a sentence start");
  ok(find(a, PG_T_ORGANIZATION, "数据中心") < 0, "数据中心 is no name");
  pg_free_annot(a);

  a = run("大会在南京国际博览中心开幕。非盟委员会主席出席。实验室开源的书生·浦语"
          "大模型下载量大。");
  ok(find(a, PG_T_ORGANIZATION, "南京国际博览中心") < 0 &&
         find(a, PG_T_PLACE, "南京") >= 0,
     "a 中心 after 在 is a venue; its city stays a place");
  e = find(a, PG_T_ORGANIZATION, "非盟委员会");
  ok(e >= 0 && has_fact(a, e, PG_P_SUBORG,
                        find(a, PG_T_ORGANIZATION, "非洲联盟"), NULL),
     "a bare head unit after a lexicon name: 非盟委员会");
  ok(!has_alias(a, e, "委员会"), "... without the bare head as alias");
  ok(a && a->ne && find(a, PG_T_PERSON, "会主席") < 0, "委员|会主席 is no name");
  ok(find(a, PG_T_PRODUCT, "书生·浦语大模型") >= 0, "model name with a dot");
  pg_free_annot(a);

  a = run("支持之江实验室、西湖大学、浙江大学等建设平台。对通过国家备案的大模型"
          "给予奖励。办好2026全球数字贸易博览会,加强合作。张伟、欧阳晓峰等专家"
          "出席。");
  ok(find(a, PG_T_ORGANIZATION, "西湖大学") >= 0,
     "a list item with a head beside lexicon organizations");
  ok(find(a, PG_T_EVENT, "2026全球数字贸易博览会") >= 0 &&
         find(a, PG_T_EVENT, "办好2026全球数字贸易博览会") < 0,
     "a verb before a year is not part of the event");
  ok(find(a, PG_T_PERSON, "张伟") >= 0 && find(a, PG_T_PERSON, "欧阳晓峰") >= 0,
     "names listed before 等专家");
  {
    size_t i;
    int prod = 0;
    for (i = 0; a && i < a->ne; i++)
      prod += a->ent[i].type == PG_T_PRODUCT;
    is_int(prod, 0, "…的大模型 names no product");
  }
  pg_free_annot(a);
}

static void test_offsets(void)
{
  pg_annot *a = run("全球人工智能应用呈现规模扩张、领 域拓展。阿里 巴巴达摩院推出。");
  size_t i;
  int good = 1;

  for (i = 0; a && i < a->nm; i++) {
    const pg_mention *m = &a->m[i];
    char *o = pg_utf8_encode(a->doc.ocp + m->b, m->e - m->b);
    size_t k, n = 0;
    char buf[256];
    for (k = 0; o[k] && n < sizeof buf - 1; k++)
      if (o[k] != ' ')
        buf[n++] = o[k];
    buf[n] = '\0';
    if (strcmp(buf, m->surface))
      good = 0;
    free(o);
  }
  ok(a && a->nm > 0 && good,
     "every mention's original span is its surface plus layout spaces");
  ok(find(a, PG_T_ORGANIZATION, "阿里巴巴达摩院") >= 0,
     "a name split by a layout space is found");
  pg_free_annot(a);
}

/* Rules written for articles the extractor was not written from. */
static void test_unseen_forms(void)
{
  pg_annot *a;
  int p, q, o, e;

  a = run("张三（北京大学经济学院教授）表示，数据是要素。"
          "李四（化名）表示，很好。");
  p = find(a, PG_T_PERSON, "张三");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "北京大学"),
              NULL) && has_fact(a, p, PG_P_JOBTITLE, -1, "教授"),
     "姓名（单位职务）表示: an introduction without a colon");
  ok(find(a, PG_T_PERSON, "李四") < 0,
     "姓名（化名）表示: no title in the parenthesis, no person");
  pg_free_annot(a);

  a = run("会上，专家发言。陈思雨，北京大学经济学院教授，在发言中指出。"
          "王五，你好，再见。");
  p = find(a, PG_T_PERSON, "陈思雨");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "北京大学"),
              NULL) && has_fact(a, p, PG_P_JOBTITLE, -1, "教授"),
     "姓名，单位职务，: an apposition");
  ok(find(a, PG_T_PERSON, "王五") < 0, "姓名，<no title>，: none");
  pg_free_annot(a);

  a = run("来访人员中，学校办公室、组织部、科研处、国际中文教育实践与研究基地、"
          "学生处负责人一同来访。张三、李四、王五负责人也来了。");
  ok(find(a, PG_T_ORGANIZATION, "科研处") >= 0 &&
         find(a, PG_T_ORGANIZATION, "学生处") >= 0 &&
         find(a, PG_T_ORGANIZATION, "组织部") >= 0,
     "a list of bodies before 负责人, all closed by heads but one");
  ok(find(a, PG_T_ORGANIZATION, "李四") < 0, "... not a list of names");
  pg_free_annot(a);

  a = run("来访的有：人事处处长郁有学，研究生院院长郭鹏。"
          "他说处处长长。");
  ok(find(a, PG_T_ORGANIZATION, "人事处") >= 0 &&
         find(a, PG_T_ORGANIZATION, "研究生院") >= 0 &&
         has_fact(a, find(a, PG_T_PERSON, "郁有学"), PG_P_JOBTITLE, -1, "处长"),
     "an office filling its item before a title that begins with its head "
     "(：人事处处长, ，研究生院院长): a body, the title the person's");
  ok(!has_fact(a, find(a, PG_T_PERSON, "郭鹏"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "研究生院"), NULL),
     "... no affiliation with an office whose parent the text leaves out");
  pg_free_annot(a);

  a = run("一线抗疫群英谱\n陈静：火神山医院ICU的硬核护士长\n");
  ok(find(a, PG_T_ORGANIZATION, "火神山医院") >= 0,
     "姓名：<body>…的<title>: no apposition, but the body read is one");
  pg_free_annot(a);

  a = run("宋春明先生现任联想集团副总裁，专注于投资。欧阳明现任中国银行行长。"
          "陶冉目前担任清华大学经济管理学院兼职讲师，负责课程。"
          "郭军不再担任全国政协副秘书长。张三担任主任。");
  p = find(a, PG_T_PERSON, "宋春明");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "副总裁") &&
         has_fact(a, find(a, PG_T_PERSON, "欧阳明"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中国银行"), NULL),
     "姓名(先生)现任单位职务: the posts after a verb of holding one");
  ok(has_fact(a, find(a, PG_T_PERSON, "陶冉"), PG_P_JOBTITLE, -1, "兼职讲师") &&
         has_fact(a, find(a, PG_T_PERSON, "陶冉"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "清华大学"), NULL),
     "... 目前担任, a modifier before the title");
  ok(find(a, PG_T_PERSON, "郭军不再") < 0 &&
         !has_fact(a, find(a, PG_T_PERSON, "郭军"), PG_P_JOBTITLE, -1,
                   "副秘书长"),
     "... but not a post given up (不再担任)");
  ok(find(a, PG_T_PERSON, "张三") < 0, "... nor a title with no body");
  pg_free_annot(a);

  a = run("连日来，中共中央政治局委员、国务院副总理孙春兰率中央指导组指导工作。");
  ok(find(a, PG_T_PERSON, "连日来") < 0,
     "…，post、post NAME: the posts are another person's, no apposition");
  pg_free_annot(a);

  a = run("英特尔也已承诺与多家厂商合作，包括宏碁、华硕、戴尔、惠普、联想和三星，"
          "共同开发新产品。北京、上海、深圳、雄安等地参与。");
  ok(find(a, PG_T_ORGANIZATION, "宏碁") >= 0 &&
         find(a, PG_T_ORGANIZATION, "华硕") >= 0,
     "list propagation: unknown items of a list of companies are bodies");
  ok(find(a, PG_T_ORGANIZATION, "雄安") < 0,
     "... not in a list of places");
  pg_free_annot(a);

  a = run("南开新闻网讯（记者 王明）清华大学代表团来访。清华大学副校长李华出席。"
          "南开大学校长陈雷会见。我校教授张德明作报告。");
  o = find(a, PG_T_ORGANIZATION, "南开大学");
  p = find(a, PG_T_PERSON, "张德明");
  ok(has_fact(a, p, PG_P_AFFILIATION, o, NULL) &&
         !has_fact(a, p, PG_P_AFFILIATION,
                   find(a, PG_T_ORGANIZATION, "清华大学"), NULL),
     "我校: the university the news site is named after");
  ok(!has_alias(a, o, "我校"), "... 我校 is no alias of it");
  pg_free_annot(a);

  a = run("会议由北京大学、哈尔滨工程大学和我校联合承办。"
          "北京大学教授王刚发言。北京大学的代表出席。"
          "我校夏桂华教授作主旨发言。");
  p = find(a, PG_T_PERSON, "夏桂华");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "北京大学"),
              NULL) && has_fact(a, p, PG_P_JOBTITLE, -1, "教授"),
     "我校 with no news site: the university the text names most often");
  pg_free_annot(a);

  a = run("南开新闻网讯（记者 王明）南开大学举行会议，校党委书记高岩致辞。"
          "我校科学技术研究院负责人作介绍。我校分别与佳木斯骥驰拖拉机制造有限公司签约。");
  o = find(a, PG_T_ORGANIZATION, "南开大学");
  ok(has_fact(a, find(a, PG_T_PERSON, "高岩"), PG_P_AFFILIATION, o, NULL),
     "校 before its party committee (校党委书记) is the university too");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "科学技术研究院"), PG_P_SUBORG, o,
              NULL),
     "... and a unit named right after 我校 is the university's");
  ok(find(a, PG_T_ORGANIZATION, "佳木斯骥驰拖拉机制造有限公司") >= 0 &&
         count_type(a, PG_T_ORGANIZATION) == 4, /* 南开新闻网 too */
     "... while 我校分别与 opens no company's name");
  pg_free_annot(a);

  a = run("会议召开。校党委书记高岩代表学校参会，学校与哈尔滨工业大学等14家单位"
          "作书面经验交流。");
  ok(!has_fact(a, find(a, PG_T_PERSON, "高岩"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "哈尔滨工业大学"), NULL),
     "校: never a university coordinated with the text's own (学校与…)");
  pg_free_annot(a);

  a = run("南开新闻网讯 南开大学举行会议。我校合作院校奥地利格拉茨大学代表出席。");
  ok(!has_fact(a, find(a, PG_T_ORGANIZATION, "奥地利格拉茨大学"), PG_P_SUBORG,
               find(a, PG_T_ORGANIZATION, "南开大学"), NULL) &&
         find(a, PG_T_ORGANIZATION, "合作院校奥地利格拉茨大学") < 0,
     "我校: no unit with a known name inside (合作院校奥地利格拉茨大学)");
  pg_free_annot(a);

  a = run("我校教授张德明作报告。本校区位于城东。");
  for (o = 0, q = 0; (size_t)q < a->ne; q++)
    o += a->ent[q].type == PG_T_ORGANIZATION;
  ok(o == 0, "我校 in a text that names no university: no body");
  pg_free_annot(a);

  a = run("嘉宾介绍。吴晓峰，北京大学博士生导师、清华大学人工智能研究院副院长、"
          "国家级青年人才计划入选者，获得多个奖项。\n"
          "刘静，美图公司创始人、董事长兼首席执行官，福建省网信产业联合会副会长，"
          "“中国青年创业奖”获得者。");
  p = find(a, PG_T_PERSON, "吴晓峰");
  o = find(a, PG_T_ORGANIZATION, "清华大学");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "博士生导师") &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "副院长") &&
         has_fact(a, p, PG_P_AFFILIATION, o, NULL),
     "姓名，单位职务、单位职务、…: every post of the apposition");
  ok(!has_fact(a, p, PG_P_JOBTITLE, -1, "国家级青年人才计划入选者"),
     "... up to the first part that is no post");
  p = find(a, PG_T_PERSON, "刘静");
  o = find(a, PG_T_ORGANIZATION, "美图公司");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "董事长") &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "首席执行官") &&
         has_fact(a, p, PG_P_MEMBERSHIP, o, "首席执行官"),
     "... titles alone after a 、 are posts in the body before");
  ok(has_fact(a, p, PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "福建省网信产业联合会"), NULL) &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "副会长"),
     "... and a body's post after a comma");
  pg_free_annot(a);

  a = run("新华社杭州3月6日电（记者 张晓峰 李梦瑶）大会在杭州举行。");
  p = find(a, PG_T_PERSON, "张晓峰");
  q = find(a, PG_T_PERSON, "李梦瑶");
  o = find(a, PG_T_ORGANIZATION, "新华社");
  ok(p >= 0 && q >= 0, "dateline: two reporters written one after the other");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "记者") &&
         has_fact(a, q, PG_P_AFFILIATION, o, NULL),
     "... reporters of the agency that opens the dateline");
  pg_free_annot(a);

  a = run("科技企业杭州深思智能科技有限公司（以下简称深思智能）发布产品。"
          "深思智能创始人兼首席执行官林若溪告诉记者，产品已经上市。");
  o = find(a, PG_T_ORGANIZATION, "杭州深思智能科技有限公司");
  p = find(a, PG_T_PERSON, "林若溪");
  ok(o >= 0 && has_alias(a, o, "深思智能"),
     "a descriptor before a company name; (以下简称X) an alias");
  ok(has_fact(a, p, PG_P_AFFILIATION, o, NULL),
     "a later bare short name is the company (affiliation)");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "创始人") &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "首席执行官"),
     "创始人兼首席执行官: both posts");
  ok(has_fact(a, o, PG_P_FOUNDER, p, NULL), "... 创始人: the company's founder");
  pg_free_annot(a);

  a = run("来自中国宏观经济研究院的孙立群研究员指出，前景广阔。");
  p = find(a, PG_T_PERSON, "孙立群");
  ok(has_fact(a, p, PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "中国宏观经济研究院"), NULL),
     "来自<单位>的<姓名><职务>: the affiliation");
  ok(find(a, PG_T_ORGANIZATION, "来自中国宏观经济研究院") < 0,
     "来自 is no part of the name");
  pg_free_annot(a);

  a = run("由中国社会科学院主办的“人工智能与高质量发展”学术研讨会在北京举行。"
          "中国信息通信研究院在人工智能安全治理论坛上发布了报告。");
  e = find(a, PG_T_EVENT, "人工智能与高质量发展学术研讨会");
  ok(e >= 0,
     "“名称”学术研讨会: a quoted event, labelled without the marks");
  ok(find(a, PG_T_EVENT, "人工智能安全治理论坛") >= 0,
     "在…论坛上: an event after 在");
  pg_free_annot(a);

  a = run("中国移动发布了“九天”通用大模型。企业发布“灵犀”工业智能体。"
          "他说“好”大家都同意。");
  ok(find(a, PG_T_PRODUCT, "九天通用大模型") >= 0 &&
         find(a, PG_T_PRODUCT, "灵犀工业智能体") >= 0,
     "发布“名称”…大模型/智能体: quoted products, labels without marks");
  ok(find(a, PG_T_PRODUCT, "好") < 0, "a quoted word without a head: none");
  pg_free_annot(a);

  a = run("广东省人民政府办公厅印发通知。我省将加快发展，广东省各地要落实。"
          "（牵头单位：省工业和信息化厅、省教育厅）");
  o = find(a, PG_T_ORGANIZATION, "广东省工业和信息化厅");
  ok(o >= 0 && has_alias(a, o, "省工业和信息化厅"),
     "a province's own document: 省工业和信息化厅 is 广东省工业和信息化厅");
  ok(find(a, PG_T_ORGANIZATION, "省教育厅") < 0, "... and no bare 省教育厅");
  e = find(a, PG_T_PLACE, "广东省");
  ok(e >= 0 && has_alias(a, e, "我省"), "... 我省 is the province");
  pg_free_annot(a);

  a = run("广东省、浙江省和江苏省的省教育厅联合发文。");
  ok(find(a, PG_T_ORGANIZATION, "广东省教育厅") < 0 &&
         find(a, PG_T_ORGANIZATION, "浙江省教育厅") < 0,
     "several provinces: 省教育厅 is nobody's in particular");
  pg_free_annot(a);

  a = run("外交部长王毅表示支持。经济合作与发展组织（经合组织）秘书长马蒂亚斯·"
          "科尔曼说，前景很好。由副省长叶思远任组长。");
  p = find(a, PG_T_PERSON, "王毅");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "外交部"),
              NULL) && has_fact(a, p, PG_P_JOBTITLE, -1, "部长"),
     "外交部长王毅: the ministry's head character is the title's first");
  p = find(a, PG_T_PERSON, "马蒂亚斯·科尔曼");
  ok(has_fact(a, p, PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "经济合作与发展组织"), NULL),
     "<组织>（简称）秘书长<姓名>: the organization before the parenthesis");
  p = find(a, PG_T_PERSON, "叶思远");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "副省长") &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "组长"),
     "副省长叶思远任组长: both the title and the post taken");
  pg_free_annot(a);

  a = run("成立人工智能产业发展领导小组（以下简称领导小组）。"
          "领导小组办公室设在省科技厅。");
  o = find(a, PG_T_ORGANIZATION, "人工智能产业发展领导小组");
  e = find(a, PG_T_ORGANIZATION, "领导小组办公室");
  ok(o >= 0 && has_alias(a, o, "领导小组") &&
         !has_alias(a, o, "以下简称领导小组"),
     "(以下简称X): X the alias, not the whole parenthesis");
  ok(has_fact(a, e, PG_P_SUBORG, o, NULL),
     "<简称>办公室: a unit of the short-named body");
  pg_free_annot(a);

  a = run("依托数字广东网络建设有限公司开发的“粤省事”“粤商通”平台上线服务。"
          "鹏城实验室研制的“鹏城云脑”智算平台投入使用。"
          "支持云从科技“从容大模型”拓展能力。他说“很好”芯片不错。");
  ok(find(a, PG_T_ORGANIZATION, "数字广东网络建设有限公司") >= 0,
     "…有限公司 after a boundary: any first word (数字广东…)");
  ok(find(a, PG_T_PRODUCT, "粤省事") >= 0 && find(a, PG_T_PRODUCT, "粤商通") >= 0,
     "开发的“A”“B”平台: each quoted name a product, labelled alone");
  ok(find(a, PG_T_PRODUCT, "鹏城云脑") >= 0, "研制的“名称”智算平台");
  ok(find(a, PG_T_PRODUCT, "从容大模型") >= 0,
     "<公司>“…大模型”: a quoted name ending in a head");
  ok(find(a, PG_T_PRODUCT, "很好") < 0, "他说“很好”芯片: no release context");
  pg_free_annot(a);

  a = run("当天下午，中巴人工智能合作对话第一次会议在北京举行。"
          "巴西驻华大使馆公使衔参赞费尔南达·阿尔维斯出席。");
  ok(find(a, PG_T_EVENT, "中巴人工智能合作对话第一次会议") >= 0,
     "<名称>第一次会议: an ordinal session makes even 会议 a name");
  p = find(a, PG_T_PERSON, "费尔南达·阿尔维斯");
  ok(has_fact(a, p, PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "巴西驻华大使馆"), NULL) &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "公使衔参赞"),
     "<国>驻华大使馆公使衔参赞<姓名>");
  pg_free_annot(a);

  a = run("会议开幕。开幕式由哲学学院院长张弘毅主持。陆建华与人工智能学院院长"
          "王五签署协议。启衡智能董事长兼CEO林宇辰表示，很好。");
  ok(find(a, PG_T_ORGANIZATION, "开幕式由哲学学院") < 0 &&
         find(a, PG_T_ORGANIZATION, "陆建华与人工智能学院") < 0,
     "a clause-start apposition does not run across 由/与");
  ok(has_fact(a, find(a, PG_T_PERSON, "林宇辰"), PG_P_JOBTITLE, -1, "CEO"),
     "董事长兼CEO: a Latin title");
  pg_free_annot(a);

  a = run("各部门首长，包括消防处处长梁伟雄、惩教署署长胡英明，以及香港海关关长"
          "邓以海表示支持。校党委常委、宣传部部长李向阳出席。教育、青年和体育部"
          "部长韩春那洛出席。");
  p = find(a, PG_T_PERSON, "梁伟雄");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "消防处"),
              NULL) &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "处长") &&
         has_fact(a, find(a, PG_T_PERSON, "胡英明"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "惩教署"), NULL),
     "消防处|处长: a one-character head that the title repeats closes a name");
  ok(find(a, PG_T_ORGANIZATION, "包括消防处") < 0,
     "包括 opens no name");
  ok(has_fact(a, find(a, PG_T_PERSON, "邓以海"), PG_P_JOBTITLE, -1, "关长"),
     "海关|关长");
  ok(find(a, PG_T_ORGANIZATION, "宣传部") < 0 &&
         find(a, PG_T_ORGANIZATION, "青年和体育部") < 0,
     "常委、宣传部部长 (a unit of a body named before) and 教育、青年和体育部 "
     "(a list that is the name) give no doubled-head name");
  pg_free_annot(a);

  a = run("中国常驻日内瓦代表团和新疆维吾尔自治区政府共同举办“新疆是个好地方”"
          "视频宣介会。中国政府代表团访问美国。法国智库席勒研究所研究员克里斯蒂娜·"
          "比埃表示，很好。全国人大常委会法工委负责人近日向十三届全国人大常委会"
          "第十九次会议作说明。");
  ok(find(a, PG_T_ORGANIZATION, "中国常驻日内瓦代表团") >= 0 &&
         find(a, PG_T_ORGANIZATION, "新疆维吾尔自治区政府") >= 0 &&
         find(a, PG_T_ORGANIZATION, "中国政府代表团") < 0,
     "常驻…代表团 is a permanent mission, any other 代表团 no body");
  ok(find(a, PG_T_EVENT, "新疆是个好地方视频宣介会") >= 0, "宣介会");
  ok(find(a, PG_T_ORGANIZATION, "法国智库") < 0 &&
         has_fact(a, find(a, PG_T_PERSON, "克里斯蒂娜·比埃"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "席勒研究所"), NULL),
     "法国智库|席勒研究所: a country and a kind of body before a name is no "
     "parent");
  ok(find(a, PG_T_EVENT, "十三届全国人大常委会第十九次会议") >= 0 &&
         count_type(a, PG_T_EVENT) == 2,
     "…负责人近日向…会议: a clause is no event's name");
  pg_free_annot(a);

  a = run("中国文联十一大、中国作协十大在北京开幕。华为十大发明发布。"
          "中国作家协会第十次全国代表大会闭幕。");
  ok(find(a, PG_T_EVENT, "中国文联十一大") >= 0 &&
         find(a, PG_T_EVENT, "中国作协十大") >= 0,
     "a known body's short name and 十大: its congress");
  ok(count_type(a, PG_T_EVENT) == 2,
     "... one event with its full name; 十大发明 is no congress");
  pg_free_annot(a);

  a = run("卡塔尔交通与通讯部宣布，在2022年卡塔尔世界杯期间接待球迷。要全力做好"
          "冬奥会服务保障工作。意大利第四次举办奥运会。粤港澳大湾区消费季暨第三届"
          "直播电商节昨晚在广州启动。2022年北京冬奥会开幕。北京冬奥会很好。");
  ok(find(a, PG_T_EVENT, "2022年卡塔尔世界杯") >= 0, "世界杯 is a head");
  ok(find(a, PG_T_EVENT, "要全力做好冬奥会") < 0 &&
         find(a, PG_T_EVENT, "第四次举办奥运会") < 0,
     "冬奥会 needs a year or an ordinal; a count of times held is no name");
  ok(find(a, PG_T_EVENT, "粤港澳大湾区消费季暨第三届直播电商节") >= 0 &&
         find(a, PG_T_EVENT, "第三届直播电商节") < 0,
     "X暨第三届Y: one joint event");
  ok(count_type(a, PG_T_EVENT) == 3,
     "2022年北京冬奥会 is the lexicon's Beijing 2022 Games");
  pg_free_annot(a);

  a = run("韩正会见来华参加中国发展高层论坛2025年年会的施铭伦。“新消费·爱生活”"
          "北京消费季本周六启动。《高端访谈》今晚播出孟加拉国临时政府首席顾问"
          "尤努斯专访。");
  ok(find(a, PG_T_EVENT, "中国发展高层论坛2025年年会") >= 0,
     "a known series and a year's meeting: the edition");
  ok(find(a, PG_T_EVENT, "新消费·爱生活北京消费季") >= 0,
     "a quoted event's name may end before a word of time (本周六)");
  ok(find(a, PG_T_ORGANIZATION, "今晚播出孟加拉国临时政府") < 0,
     "a word of time opens no body's name");
  pg_free_annot(a);

  a = run("在今天举行的上海市新冠肺炎疫情防控新闻发布会上，相关部门介绍。这是继"
          "2008年举行的又一全球残疾人体育盛会。总台以科技创新打造中秋晚会。");
  ok(find(a, PG_T_EVENT, "上海市新冠肺炎疫情防控新闻发布会") >= 0,
     "举行的<name>: any head, and 上 may follow");
  ok(count_type(a, PG_T_EVENT) == 1,
     "又一… is a kind; a body and a clause (总台|以…打造) name no event");
  pg_free_annot(a);

  a = run("柬埔寨副首相兼教育、青年和体育部部长韩春那洛出席。德国环境、自然保护、"
          "核安全与消费者保护部长施特菲·莱姆克表示。印尼对华合作牵头人、海洋与投资"
          "统筹部部长卢胡特到访。郭振华、工业和信息化部部长金壮龙出席。七国集团气候、"
          "能源和环境部长会议闭幕。");
  ok(has_fact(a, find(a, PG_T_PERSON, "韩春那洛"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "教育、青年和体育部"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "施特菲·莱姆克"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION,
                       "德国环境、自然保护、核安全与消费者保护部"),
                  NULL),
     "a ministry named by a 、-list of its fields, before 部长 or sharing 部");
  ok(find(a, PG_T_ORGANIZATION, "牵头人、海洋与投资统筹部") < 0 &&
         find(a, PG_T_ORGANIZATION, "郭振华、工业和信息化部") < 0 &&
         find(a, PG_T_ORGANIZATION, "七国集团气候、能源和环境部") < 0,
     "... not after a post, before a known body, nor before 部长会议");
  pg_free_annot(a);

  a = run("日本经济产业大臣西村康稔在会后表示。日本首相官邸发表声明。日本首相近日"
          "在东京讲话。");
  ok(has_fact(a, find(a, PG_T_PERSON, "西村康稔"), PG_P_JOBTITLE, -1,
              "经济产业大臣"),
     "a Japanese name in Han characters after Japan's post, before 在");
  ok(count_type(a, PG_T_PERSON) == 1, "官邸, 近日 are no names");
  pg_free_annot(a);

  a = run("会见马六甲州首席部长阿都拉勿，表示愿意合作。种粮大户辛保红说，很好。"
          "孔戴是几内亚人民联盟创始主席。");
  ok(find(a, PG_T_PERSON, "马六甲州") < 0, "a state's name before a post is no person");
  ok(has_fact(a, find(a, PG_T_PERSON, "辛保红"), PG_P_JOBTITLE, -1, "种粮大户"),
     "an occupation before a name is a post");
  pg_free_annot(a);

  a = run("Qwen-VL-Max超越了OpenAI的GPT-4V以及谷歌的Gemini。");
  ok(find(a, PG_T_PRODUCT, "GPT-4V") >= 0 && find(a, PG_T_PRODUCT, "GPT-4") < 0,
     "a letter after a known model's number is its version (GPT-4V)");
  pg_free_annot(a);

  a = run("他首度拜会台湾总统蔡英文时，表示支持。");
  ok(find(a, PG_T_PERSON, "蔡英文") >= 0 && count_type(a, PG_T_PERSON) == 1,
     "a known name and one character more (蔡英文|时) is the known name");
  pg_free_annot(a);

  a = run("来自云南保山的全国人大代表李国伟是一名非遗传承人。习近平代表中共中央"
          "讲话。全国人大常委会代表团访问。");
  p = find(a, PG_T_PERSON, "李国伟");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "代表") &&
         has_fact(a, p, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "全国人大"), NULL),
     "全国人大代表<name>: a deputy of the congress");
  ok(count_type(a, PG_T_PERSON) == 2, "代表 after a person is a verb");
  pg_free_annot(a);

  a = run("双方将积极办好明年“中国旅游年”，密切两国地方合作。");
  ok(find(a, PG_T_EVENT, "明年“中国旅游年") < 0,
     "a word of time (明年) opens no event's name");
  pg_free_annot(a);

  a = run("全国人大常委会审议《中华人民共和国香港特别行政区维护国家安全法（草案）》。"
          "香港国安法实施。");
  ok(count_type(a, PG_T_LAW) == 1, "a draft of a known law is the law");
  pg_free_annot(a);

  a = run("党中央就工人阶级和工会工作作出一系列重要论述。人力资源社会保障部就业促进司"
          "司长出席。");
  ok(find(a, PG_T_ORGANIZATION, "就工人阶级和工会") < 0,
     "党中央|就…工会: 就 (on a topic) opens no unit");
  pg_free_annot(a);

  a = run("启衡公司首席技术官许嘉明表示，很好。林宇辰与许嘉明共同创立了公司。");
  e = find(a, PG_T_PERSON, "许嘉明");
  ok(e >= 0 && a->ent[e].n_mention == 2,
     "A与许嘉明共同…: a known name before 共同 is a mention");
  pg_free_annot(a);

  a = run("巴西总统访华。中巴两国签署协议。");
  e = find(a, PG_T_PLACE, "巴西");
  ok(e >= 0 && a->ent[e].n_mention == 2 && find(a, PG_T_PLACE, "巴基斯坦") < 0,
     "中巴两国 in a text that names 巴西: 巴 is Brazil");
  pg_free_annot(a);
  a = run("中巴两国签署协议。");
  ok(find(a, PG_T_PLACE, "巴基斯坦") >= 0,
     "中巴两国 alone: 巴 is Pakistan, the table's first");
  pg_free_annot(a);

  a = run("Mistral AI联合创始人阿蒂尔·门施表示。");
  o = find(a, PG_T_ORGANIZATION, "Mistral AI");
  ok(o >= 0, "a lexicon name with a space (Mistral AI) found in the text");
  ok(has_fact(a, o, PG_P_FOUNDER, find(a, PG_T_PERSON, "阿蒂尔·门施"), NULL),
     "... 联合创始人: its founder");
  pg_free_annot(a);
}

/* A 、-list shares its head: a title before the first name, or a
 * well-known person inside the list, makes every name a person. */
static void test_lists(void)
{
  pg_annot *a = run("执行主席韩明远、曹树林、张春阳在主席台就座。"
                    "丁学斌、习近平、蔡丰年参加。北京、上海、天津出席。");
  const char *const titled[] = {"韩明远", "曹树林", "张春阳"};
  size_t i;

  for (i = 0; i < 3; i++) {
    int p = find(a, PG_T_PERSON, titled[i]);
    ok(p >= 0, "title + list: %s is a person", titled[i]);
    ok(has_fact(a, p, PG_P_JOBTITLE, -1, "执行主席"),
       "... and holds the shared title");
  }
  ok(find(a, PG_T_PERSON, "丁学斌") >= 0, "a name before a known person");
  ok(find(a, PG_T_PERSON, "蔡丰年") >= 0, "a name after a known person");
  ok(find(a, PG_T_PERSON, "上海") < 0 && find(a, PG_T_PERSON, "天津") < 0,
     "a list of places stays places");
  pg_free_annot(a);
}

/* 党的十八大, 团十九大: congresses by their short names, one entity with
 * the full name; 十大新闻 and 十八大学生 are no congress. */
static void test_congress(void)
{
  pg_annot *a = run("党的十八大以来，成就显著。中国共产党第十八次全国代表大会"
                    "在北京召开。团十九大代表出席。年度十大新闻发布。");
  int e = find(a, PG_T_EVENT, "党的十八大");

  ok(e >= 0, "党的十八大 is an event");
  ok(has_alias(a, e, "中国共产党第十八次全国代表大会"),
     "... with its full name as alias");
  ok(find(a, PG_T_EVENT, "团十九大") >= 0, "团十九大 is an event");
  ok(find(a, PG_T_EVENT, "十大") < 0 && find(a, PG_T_EVENT, "度十大") < 0,
     "十大新闻 is no congress");
  pg_free_annot(a);
}

/* Real-text forms: venues, foreign state bodies, modifiers, lists. */
static void test_real_forms(void)
{
  pg_annot *a = run("会议在北京人民大会堂举行。李克强在中南海紫光阁会见客人。"
                    "他们参观了大昭寺、扎什伦布寺等寺庙。名单在北京冬奥村公布。"
                    "他在学校食堂吃饭。俄罗斯国防部4日表示。外交部发言人说。"
                    "坚持中国特色社会主义，坚持以马克思列宁主义、毛泽东思想为指导。"
                    "深入实施科教兴国战略、人才强国战略。湖北省荆州市沙市区人民法院"
                    "刑事审判庭庭长杨军发言。");
  int e;

  ok(find(a, PG_T_PLACE, "人民大会堂") >= 0 && find(a, PG_T_PLACE, "北京") >= 0,
     "a venue after a known place, the place kept");
  ok(find(a, PG_T_PLACE, "紫光阁") >= 0 &&
         find(a, PG_T_ORGANIZATION, "紫光集团") < 0,
     "a venue whose body holds a short lexicon form");
  ok(find(a, PG_T_PLACE, "大昭寺") >= 0 && find(a, PG_T_PLACE, "扎什伦布寺") >= 0,
     "venues in a list");
  ok(find(a, PG_T_PLACE, "北京冬奥村") >= 0, "a bare venue head keeps its place");
  ok(find(a, PG_T_PLACE, "学校食堂") < 0, "食堂 closes no venue");
  e = find(a, PG_T_ORGANIZATION, "俄罗斯国防部");
  ok(e >= 0, "a foreign country's state body is its own");
  ok(find(a, PG_T_ORGANIZATION, "外交部") >= 0,
     "... China's stays where no country is written");
  ok(find(a, PG_T_PERSON, "宁主义") < 0, "a listed name needs a left edge");
  ok(find(a, PG_T_INITIATIVE, "科教兴国战略") >= 0 &&
         find(a, PG_T_INITIATIVE, "人才强国战略") >= 0,
     "unquoted plans in a list after one verb");
  e = find(a, PG_T_ORGANIZATION, "湖北省荆州市沙市区人民法院");
  ok(e >= 0 && has_alias(a, e, "沙市区人民法院"),
     "a body after a chain of places answers to its own level");
  pg_free_annot(a);

  a = run("国务院常务会议强调，要稳就业。执行主席栗战书主持大会。积极评价党的"
          "十八大以来的成就。");
  ok(find(a, PG_T_EVENT, "国务院常务会议") >= 0,
     "a known body's meeting before 强调");
  ok(find(a, PG_T_EVENT, "执行主席栗战书主持大会") < 0,
     "a clause with a person and 主持 is no event name");
  ok(find(a, PG_T_EVENT, "党的十八大") >= 0, "党的十八大 after a verb");
  pg_free_annot(a);

  a = run("杨军，生前是北京市海淀区人民法院刑事审判庭庭长。天津市社科联专职副主席"
          "袁世军出席。国务院研究室综合司原司长陈文玲发言。");
  ok(find(a, PG_T_PERSON, "杨军") >= 0 &&
         find(a, PG_T_ORGANIZATION, "生前是北京市海淀区人民法院") < 0,
     "a name, a comma and a copula before the post");
  e = find(a, PG_T_PERSON, "袁世军");
  ok(has_fact(a, e, PG_P_JOBTITLE, -1, "专职副主席") &&
         has_fact(a, e, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "天津市社科联"), NULL),
     "a word between the body and the post belongs to the post");
  e = find(a, PG_T_PERSON, "陈文玲");
  ok(has_fact(a, e, PG_P_JOBTITLE, -1, "原司长") &&
         !has_fact(a, e, PG_P_JOBTITLE, -1, "司长"),
     "a former post is never written as a current one");
  pg_free_annot(a);
}

static void test_news_forms(void)
{
  pg_annot *a = run(
      "16日，七国集团气候、能源和环境部长会议在日本札幌市闭幕。习近平同圭亚那"
      "总统阿里通电话。中国工程院院士于俊崇、中国科学院院士邓建军线上参会。局长"
      "于近日表示。中东部地区有雨，南方大部气温偏高，广东部分地区有雨。加勒比地区"
      "国家。我们组织“深时数字地球”“海洋负排放”等国际大科学计划。红沿河核电二期、"
      "沈白高铁、清原抽水蓄能电站等一系列重大项目加紧施工。重庆、贵州等地实施"
      "规划。看景观、体验农家生活等旅游项目串联成线。山东省出台了加强城乡网格化"
      "服务管理实施方案。");
  int e;

  ok(find(a, PG_T_EVENT, "七国集团气候、能源和环境部长会议") >= 0,
     "an event name holding a coordination closed by 和");
  ok(find(a, PG_T_PERSON, "阿里") >= 0, "a short foreign name after a title");
  e = find(a, PG_T_PERSON, "于俊崇");
  ok(e >= 0 && has_fact(a, e, PG_P_JOBTITLE, -1, "院士"),
     "于 after a title is a surname");
  ok(find(a, PG_T_PERSON, "于近日") < 0, "... but not before a time word");
  ok(find(a, PG_T_PERSON, "邓建军") >= 0, "线上 ends a name");
  ok(find(a, PG_T_PLACE, "中东") < 0 &&
         find(a, PG_T_ORGANIZATION, "中东部") < 0 &&
         find(a, PG_T_ORGANIZATION, "南方大部") < 0 &&
         find(a, PG_T_PLACE, "部分地区") < 0,
     "compass words are no places or bodies");
  e = find(a, PG_T_PLACE, "加勒比");
  ok(e >= 0 && has_alias(a, e, "加勒比地区"), "a region as written, 地区 kept");
  ok(find(a, PG_T_INITIATIVE, "深时数字地球") >= 0 &&
         find(a, PG_T_INITIATIVE, "海洋负排放") >= 0,
     "quoted items of a list closed by 等 and a programme noun");
  ok(find(a, PG_T_INITIATIVE, "红沿河核电二期") >= 0 &&
         find(a, PG_T_INITIATIVE, "沈白高铁") >= 0 &&
         find(a, PG_T_INITIATIVE, "清原抽水蓄能电站") >= 0,
     "items of a list closed by 等一系列重大项目");
  ok(find(a, PG_T_INITIATIVE, "贵州") < 0 && find(a, PG_T_INITIATIVE, "重庆") < 0,
     "等地 closes no list of programmes");
  ok(find(a, PG_T_INITIATIVE, "体验农家生活") < 0,
     "a bare 项目 needs a modifier of building");
  ok(find(a, PG_T_INITIATIVE, "加强城乡网格化服务管理实施方案") >= 0,
     "an unquoted plan whose head opens with a stop word (实施方案)");
  pg_free_annot(a);

  a = run("世卫组织发布一份题为《2020年世界护理状况》的报告说，护士不足。"
          "中泰铁路、中巴经济走廊等标志性重大项目取得进展。在22个省份实施了"
          "退耕还林还草、退牧还草等重大生态工程。对“时代之问”提出的重大国际合作"
          "倡议。共同构成“一带一路”重大倡议。李克强出席上海合作组织成员国政府首脑"
          "（总理）理事会第二十次会议。宣读习近平主席贺信并致辞。");
  ok(find(a, PG_T_REPORT, "2020年世界护理状况") >= 0,
     "a title typed by the noun after it (《X》的报告)");
  ok(find(a, PG_T_INITIATIVE, "中巴经济走廊") >= 0 &&
         find(a, PG_T_INITIATIVE, "中泰铁路") >= 0,
     "a list item keeps a stop word inside its name");
  ok(find(a, PG_T_INITIATIVE, "退耕还林还草") >= 0,
     "the first item starts after the verb and 了");
  ok(find(a, PG_T_INITIATIVE, "的重大国际合作倡议") < 0,
     "提出的…倡议 names no plan");
  ok(find(a, PG_T_INITIATIVE, "一带一路倡议") >= 0,
     "an evaluative word between the quote and the head is left out");
  ok(find(a, PG_T_EVENT, "上海合作组织成员国政府首脑（总理）理事会第二十次会议") >= 0,
     "an event name after 出席 with a gloss in parentheses");
  ok(find(a, PG_T_PERSON, "贺信并") < 0, "贺信 after a title is no name");
  pg_free_annot(a);

  a = run("习近平出席并主持中国—东盟建立对话关系30周年纪念峰会。会议听取"
          "“不忘初心、牢记使命”主题教育总结大会的情况。");
  ok(find(a, PG_T_EVENT, "中国—东盟建立对话关系30周年纪念峰会") >= 0,
     "a name after 主持 holding a number that is no year");
  ok(find(a, PG_T_EVENT, "牢记使命”主题教育总结大会") < 0,
     "half a quotation is no event name");
  pg_free_annot(a);

  a = run("首届中国－阿拉伯国家峰会在利雅得举行。约旦国王阿卜杜拉二世、卡塔尔"
          "埃米尔塔米姆、阿尔及利亚总理阿卜杜拉赫曼出席。国家主席习近平致慰问电。"
          "峰会通过《深化面向和平与发展的中阿战略伙伴关系文件》。我们对比了"
          "Llama-3-8B-Instruct、Gemini 1.0 Pro、Claude 3 Opus和ChatGLM3-6B。");
  int e2;
  ok(find(a, PG_T_EVENT, "首届中国－阿拉伯国家峰会") >= 0, "首届 is an ordinal");
  ok(find(a, PG_T_PERSON, "阿卜杜拉二世") >= 0 &&
         find(a, PG_T_PERSON, "阿卜杜拉赫曼") >= 0,
     "transliterations of five and six characters before a mark");
  e2 = find(a, PG_T_PERSON, "塔米姆");
  ok(e2 >= 0 && has_fact(a, e2, PG_P_JOBTITLE, -1, "埃米尔"), "埃米尔 is a title");
  e2 = find(a, PG_T_PERSON, "习近平");
  ok(has_fact(a, e2, PG_P_JOBTITLE, -1, "国家主席"), "国家主席 is one title");
  ok(find(a, PG_T_PERSON, "致慰问电") < 0,
     "a bare transliteration has transliteration characters only");
  ok(find(a, PG_T_DECLARATION, "深化面向和平与发展的中阿战略伙伴关系文件") >= 0,
     "《…文件》 is a declaration");
  ok(find(a, PG_T_PRODUCT, "Llama-3-8B-Instruct") >= 0 &&
         find(a, PG_T_PRODUCT, "Gemini 1.0 Pro") >= 0 &&
         find(a, PG_T_PRODUCT, "Claude 3 Opus") >= 0 &&
         find(a, PG_T_PRODUCT, "ChatGLM3-6B") >= 0,
     "a model's version after its lexicon name is a product of its own");
  pg_free_annot(a);

  a = run("在第三届“一带一路”国际合作高峰论坛开幕式上。十年来举办3届“一带一路”"
          "国际合作高峰论坛。本届高峰论坛取得成果。中方将办好中欧班列国际合作论坛。"
          "实施“一带一路”科技创新行动计划。");
  e2 = find(a, PG_T_EVENT, "第三届“一带一路”国际合作高峰论坛");
  ok(e2 >= 0, "an ordinal before a quoted name");
  ok(find(a, PG_T_EVENT, "3届“一带一路”国际合作高峰论坛") < 0,
     "an Arabic count of editions is no ordinal");
  ok(find(a, PG_T_EVENT, "本届高峰论坛") < 0, "本届… names no event");
  ok(find(a, PG_T_EVENT, "中欧班列国际合作论坛") >= 0 &&
         find(a, PG_T_EVENT, "办好中欧班列国际合作论坛") < 0,
     "办好 before an event name is left out");
  e2 = find(a, PG_T_INITIATIVE, "一带一路科技创新行动计划");
  ok(e2 >= 0 && !has_alias(a, e2, "一带一路"),
     "a programme with a descriptor after the quote does not answer to the "
     "quoted part");
  pg_free_annot(a);

  a = run("标题\n\n本报记者\n\n洪秋婷\n\n李\n\n刚\n\n《人民日报》（2025年10月20日 第 11 版）"
          "\n\n正文内容在这里。");
  e2 = find(a, PG_T_PERSON, "李刚");
  ok(find(a, PG_T_PERSON, "洪秋婷") >= 0 && e2 >= 0 &&
         has_fact(a, e2, PG_P_JOBTITLE, -1, "记者") &&
         has_fact(a, e2, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "人民日报社"),
                  NULL),
     "a credit alone on its line: a name a line, one cut into characters "
     "joined, 本报 the paper the page names");
  pg_free_annot(a);

  a = run("标题\n《人民日报》（2025年10月20日 第 04 版）\n\n本报延安10月19日电\n\n"
          "（记者金歆）为深入贯彻落实精神。");
  e2 = find(a, PG_T_PERSON, "金歆");
  ok(e2 >= 0 && has_fact(a, e2, PG_P_AFFILIATION,
                         find(a, PG_T_ORGANIZATION, "人民日报社"), NULL),
     "本报<place><date>电 / （记者X）: a reporter of the page's newspaper");
  pg_free_annot(a);

  a = run("获奖人代表吴忻水、黄频捷、郭永林、王非、李昕等出席。北京、上海、广州等地"
          "开展活动。张三、李四等参加。");
  ok(find(a, PG_T_PERSON, "吴忻水") >= 0 && find(a, PG_T_PERSON, "李昕") >= 0 &&
         find(a, PG_T_PERSON, "郭永林") >= 0,
     "three names or more before 等, each item a name, are persons");
  ok(find(a, PG_T_PERSON, "张三") < 0, "... two are not enough without a noun");
  pg_free_annot(a);

  a = run("全国政协原常委张元龙出席。天津市人大常委会原副主任王五出席。");
  ok(find(a, PG_T_ORGANIZATION, "原常委") < 0,
     "a head ending a title is no head (原常委)");
  e2 = find(a, PG_T_PERSON, "王五");
  ok(has_fact(a, e2, PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "天津市人大常委会"), NULL) &&
         has_fact(a, e2, PG_P_JOBTITLE, -1, "原副主任"),
     "a local people's congress standing committee (人大常委会)");
  pg_free_annot(a);

  a = run("峰会在沙特首都利雅得阿卜杜勒阿齐兹国王国际会议中心举行。在甘肃兰州烈士陵园"
          "举行。");
  ok(find(a, PG_T_PLACE, "阿卜杜勒阿齐兹国王国际会议中心") >= 0,
     "a long venue name after a capital (首都利雅得)");
  ok(find(a, PG_T_PLACE, "兰州烈士陵园") >= 0, "... a city before a venue stays in it");
  pg_free_annot(a);

  a = run("中共中央关于加强新时代审判工作的意见\n\n（2025年2月8日）\n\n正文。");
  ok(find(a, PG_T_INITIATIVE, "中共中央关于加强新时代审判工作的意见") >= 0,
     "a headline that is a document's name: a body, 关于, a work head");
  pg_free_annot(a);

  a = run("中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪出席。实施“一带一路”"
          "项目。支持“一带一路”的八项行动。");
  e2 = find(a, PG_T_PERSON, "杨洁篪");
  ok(has_fact(a, e2, PG_P_JOBTITLE, -1, "主任") &&
         !has_fact(a, e2, PG_P_JOBTITLE, -1, "办公室主任"),
     "a title starts where a known body's name ends (…办公室|主任)");
  ok(find(a, PG_T_INITIATIVE, "一带一路项目") < 0 &&
         find(a, PG_T_INITIATIVE, "一带一路的八项行动") < 0,
     "a quoted name and 项目, or 的…, is no programme's name");
  pg_free_annot(a);

  a = run("今天，京津冀协同发展高端论坛（2022）在南开大学举行。中央纪委委员和有关方面"
          "负责同志列席会议。设学术界三个分论坛。");
  e2 = find(a, PG_T_EVENT, "京津冀协同发展高端论坛（2022）");
  ok(e2 >= 0 && has_alias(a, e2, "京津冀协同发展高端论坛"),
     "a year in parentheses after an event's name belongs to it");
  ok(find(a, PG_T_EVENT, "中央纪委委员和有关方面负责同志列席会议") < 0 &&
         find(a, PG_T_EVENT, "学术界三个分论坛") < 0,
     "a clause (列席) or a count (三个) is no event name");
  pg_free_annot(a);

  a = run("俄罗斯总统新闻秘书佩斯科夫表示。国务院总理李强出席。");
  e2 = find(a, PG_T_PERSON, "佩斯科夫");
  ok(has_fact(a, e2, PG_P_JOBTITLE, -1, "总统新闻秘书"),
     "a title of a title after a place is one post");
  e2 = find(a, PG_T_PERSON, "李强");
  ok(has_fact(a, e2, PG_P_JOBTITLE, -1, "总理"), "... a body's post stays alone");
  pg_free_annot(a);

  a = run("论坛邀请了来自中国国际经济中心的专家。中国国经中心总经济师陈文玲发言。");
  e2 = find(a, PG_T_PERSON, "陈文玲");
  ok(find(a, PG_T_ORGANIZATION, "中国国经中心") < 0 &&
         has_fact(a, e2, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中国国际经济中心"), NULL),
     "an organization's contraction is the organization named before");
  pg_free_annot(a);

  a = run("中国工商银行股份有限公司发布公告。腾讯控股有限公司公告。");
  e2 = find(a, PG_T_ORGANIZATION, "中国工商银行");
  ok(e2 >= 0 && has_alias(a, e2, "中国工商银行股份有限公司") &&
         find(a, PG_T_ORGANIZATION, "中国工商银行股份有限公司") < 0 &&
         find(a, PG_T_ORGANIZATION, "控股有限公司") < 0,
     "a known company under its registered legal form is the company");
  pg_free_annot(a);

  a = run("习近平主席在庆祝香港回归祖国25周年大会暨香港特别行政区第六届政府就职典礼上"
          "讲话。中方高度重视此次领导人会晤。第二十三次中国—欧盟领导人会晤举行。");
  ok(find(a, PG_T_EVENT,
          "庆祝香港回归祖国25周年大会暨香港特别行政区第六届政府就职典礼") >= 0,
     "在…上: any head closes the name (…就职典礼)");
  ok(find(a, PG_T_EVENT, "中方高度重视此次领导人会晤") < 0,
     "此次… is no name");
  ok(find(a, PG_T_EVENT, "第二十三次中国—欧盟领导人会晤") >= 0, "会晤 is a head");
  pg_free_annot(a);

  a = run("美国一些医院缺少设备。俄方不会就德国公司的问题回应。应对世界乱局。"
          "把党和国家工作中心转移到经济建设上来。");
  ok(find(a, PG_T_ORGANIZATION, "美国一些医院") < 0 &&
         find(a, PG_T_ORGANIZATION, "俄方不会就德国公司") < 0,
     "a quantifier or a modal makes a clause, no body's name");
  ok(find(a, PG_T_ORGANIZATION, "世界乱局") < 0 &&
         find(a, PG_T_ORGANIZATION, "国家工作中心") < 0,
     "乱局, 工作中心 end in no head");
  pg_free_annot(a);

  a = run("生产基地在四川内江开建。四川华蓥等地降下暴雨。迈向长治久安。");
  ok(find(a, PG_T_PLACE, "内江市") >= 0 && find(a, PG_T_PLACE, "华蓥市") >= 0,
     "a city written without 市 right after its province");
  ok(find(a, PG_T_PLACE, "长治市") < 0, "... but not alone (长治久安)");
  pg_free_annot(a);

  a = run("项目在重庆云阳开工。上海奉贤发布通知。美国佛罗里达州奥兰多市中心发生"
          "枪击事件。");
  ok(find(a, PG_T_PLACE, "云阳县") >= 0 && find(a, PG_T_PLACE, "奉贤区") >= 0,
     "a county or a district written without 县/区 right after its province");
  ok(count_type(a, PG_T_ORGANIZATION) == 0, "市中心 (downtown) closes no name");
  pg_free_annot(a);

  a = run("南开新闻网讯 （记者 付坤 摄影 王皓程\n\n李文洋）自1895年篮球运动传入中国。");
  e2 = find(a, PG_T_PERSON, "李文洋");
  ok(e2 >= 0 && has_fact(a, e2, PG_P_JOBTITLE, -1, "摄影"),
     "a credit's names go on over a line break inside its parenthesis");
  pg_free_annot(a);

  a = run("南开新闻网讯 （记者 付坤 吴军辉 摄影\n\n吴军辉）10月16日，论坛举行。");
  ok(has_fact(a, find(a, PG_T_PERSON, "付坤"), PG_P_JOBTITLE, -1, "记者") &&
         has_fact(a, find(a, PG_T_PERSON, "吴军辉"), PG_P_JOBTITLE, -1, "记者") &&
         has_fact(a, find(a, PG_T_PERSON, "吴军辉"), PG_P_JOBTITLE, -1, "摄影"),
     "... names a blank ends, one after another (记者 付坤 吴军辉 摄影)");
  pg_free_annot(a);

  a = run("图为农民将玉米上架晾晒。\n苗秋闹摄（新华社发）\n记者拍摄。");
  ok(find(a, PG_T_PERSON, "苗秋闹") >= 0, "a photographer before 摄（…）");
  pg_free_annot(a);

  a = run("浙江大学计算机学院教授吴清远出席。吴清远表示，要努力。");
  ok(find(a, PG_T_PERSON, "吴清远") >= 0 && find(a, PG_T_PLACE, "清远市") < 0,
     "a known place closing a name after a title is part of the name");
  pg_free_annot(a);
}

/* A work named by its head word alone: the one full title it stands
 * for (without the closing （试行）), or nothing; a report noun after a
 * title types it. */
static void test_bare_heads(void)
{
  pg_annot *a = run("国家网信办发布《生成式人工智能服务管理办法（试行）》。"
                    "《办法》自8月15日起施行。");
  int e = find(a, PG_T_LAW, "生成式人工智能服务管理办法（试行）");

  ok(e >= 0 && has_alias(a, e, "办法"), "《办法》 is the 管理办法（试行）");
  is_int(find(a, PG_T_LAW, "办法"), -1, "... no node of its own");
  is_int((int)a->ne, 2, "... the law and its issuer only");
  pg_free_annot(a);
  a = run("会议审议通过《规划》。");
  ok(a && a->ne == 0, "a bare 《规划》 with no full title names nothing");
  pg_free_annot(a);
  a = run("天津政务网发布《天津市人民政府关于印发天开高教科创园建设规划方案"
          "的通知》。");
  ok(find(a, PG_T_INITIATIVE, "天开高教科创园建设规划方案") >= 0,
     "the plan a notice's title passes on is a work of its own");
  pg_free_annot(a);
  a = run("会上提出3项倡议：一是人工智能开源普惠倡议。二是贸易投资便利化"
          "倡议。三是绿色发展倡议。");
  ok(find(a, PG_T_INITIATIVE, "人工智能开源普惠倡议") >= 0 &&
         find(a, PG_T_INITIATIVE, "绿色发展倡议") >= 0,
     "the named items of an enumeration are works");
  pg_free_annot(a);
  a = run("一是加强合作倡议。会议要求，二是为推进全球发展发出中国倡议。");
  ok(find(a, PG_T_INITIATIVE, "加强合作倡议") < 0 &&
         find(a, PG_T_INITIATIVE, "为推进全球发展发出中国倡议") < 0,
     "... but not one item alone, nor a clause");
  pg_free_annot(a);
  a = run("北京外国语大学国际组织学院讲师张三表示。");
  ok(find(a, PG_T_ORGANIZATION, "国际组织学院") >= 0 &&
         find(a, PG_T_ORGANIZATION, "国际组织") < 0,
     "a weak head (组织) before a head (学院) is part of the unit's name");
  pg_free_annot(a);
  a = run("王红代表中国国民党革命委员会北京市委员会敬献花篮。");
  ok(find(a, PG_T_ORGANIZATION, "中国国民党革命委员会北京市委员会") >= 0 &&
         find(a, PG_T_ORGANIZATION, "北京市委员会") < 0,
     "a local branch (place + head) is labelled with its parent's name");
  pg_free_annot(a);
  a = run("国务院新闻办公室发表《新时代的中国国际发展合作》白皮书全面介绍。");
  ok(find(a, PG_T_REPORT, "新时代的中国国际发展合作") >= 0,
     "…》白皮书 is a Report, whatever follows");
  pg_free_annot(a);
  a = run("会议审议通过了《2021年政务公开工作要点》。上海市科委印发《支持科技企业"
          "健康发展的若干措施》。");
  ok(find(a, PG_T_REPORT, "2021年政务公开工作要点") >= 0 &&
         find(a, PG_T_INITIATIVE, "支持科技企业健康发展的若干措施") >= 0,
     "《…工作要点》 is a Report, 《…若干措施》 an Initiative");
  pg_free_annot(a);
  a = run("我们正式发布 DeepSeek-R1。论文链接：https://github.com/deepseek-ai/"
          "DeepSeek-R1/blob/main/DeepSeek_R1.pdf 访问 www.deepseek.com 体验。"
          "DeepSeek-R1 API 服务定价公布。DeepSeek V3 与 Llama 3 开源。");
  ok(find(a, PG_T_PRODUCT, "DeepSeek-R1") >= 0 &&
         find(a, PG_T_PRODUCT, "DeepSeek") < 0,
     "DeepSeek-R1 is a product of its own, not an alias of DeepSeek");
  ok(find(a, PG_T_PRODUCT, "deepseek-ai") < 0 &&
         find(a, PG_T_PRODUCT, "DeepSeek_R1.pdf") < 0 &&
         find(a, PG_T_PRODUCT, "deepseek.com") < 0,
     "web addresses name no entity");
  ok(find(a, PG_T_PRODUCT, "DeepSeek-R1 API") < 0,
     "a version does not run over a space into a word (…R1 API)");
  ok(find(a, PG_T_PRODUCT, "DeepSeek V3") >= 0 &&
         find(a, PG_T_PRODUCT, "Llama 3") >= 0,
     "... but over a space into a code or number (DeepSeek V3, Llama 3)");
  pg_free_annot(a);
  a = run("双方签署《中欧地理标志协定》和《睦邻友好合作条约》。");
  ok(find(a, PG_T_DECLARATION, "中欧地理标志协定") >= 0 &&
         find(a, PG_T_DECLARATION, "睦邻友好合作条约") >= 0,
     "《…协定》 and 《…条约》 are agreements between parties (Declaration)");
  pg_free_annot(a);
  a = run("第十七届中国―东盟博览会和中国―东盟商务与投资峰会在南宁开幕。");
  ok(find(a, PG_T_EVENT, "第十七届中国―东盟博览会") >= 0 &&
         find(a, PG_T_EVENT, "中国―东盟商务与投资峰会") >= 0,
     "two events joined by 和, each with its head; ― is a dash");
  pg_free_annot(a);
  a = run("就拟向十四届全国人大一次会议主席团和全国政协十四届一次会议主席团推荐。");
  ok(find(a, PG_T_EVENT, "十四届全国人大一次会议") >= 0 &&
         find(a, PG_T_EVENT, "全国政协十四届一次会议") >= 0,
     "…会议|主席团和…会议主席团: the bodies of two meetings");
  pg_free_annot(a);
  a = run("不久前，中共十九届五中全会审议通过了关于制定第十四个五年规划的建议。");
  e = find(a, PG_T_EVENT, "十九届五中全会");
  ok(e >= 0 && has_alias(a, e, "中共十九届五中全会"),
     "中共十九届五中全会: the plenum, 中共 kept in an alias");
  ok(find(a, PG_T_INITIATIVE, "关于制定第十四个五年规划的建议") >= 0,
     "unquoted 关于…的建议 after an adopting verb");
  pg_free_annot(a);
  a = run("俄第一副总理别洛乌索夫，副总理戈利科娃、诺瓦克、特鲁特涅夫、切尔内申科等的工作汇报。"
          "新当选的中国国民党主席郑丽文复电。");
  ok(find(a, PG_T_PERSON, "别洛乌索夫") >= 0,
     "a transliterated name after a one-character country and a title (俄…)");
  ok(find(a, PG_T_PERSON, "诺瓦克") >= 0 && find(a, PG_T_PERSON, "特鲁特涅夫") >= 0 &&
         find(a, PG_T_PERSON, "切尔内申科") >= 0,
     "a 、-list of transliterated names after a title and a foreign name");
  ok(find(a, PG_T_PERSON, "郑丽文") >= 0, "复电 after a name ends it");
  pg_free_annot(a);
  a = run("国务院副总理、中俄人文合作委员会中方主席孙春兰出席。");
  e = find(a, PG_T_PERSON, "孙春兰");
  ok(e >= 0 && find(a, PG_T_ORGANIZATION, "中俄人文合作委员会") >= 0 &&
         find(a, PG_T_ORGANIZATION, "国务院") >= 0 &&
         has_fact(a, e, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中俄人文合作委员会"), NULL) &&
         has_fact(a, e, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "国务院"),
                  NULL),
     "…委员会中方主席: the side's post keeps the joint body and the posts before");
  pg_free_annot(a);
  a = run("行政院长苏贞昌表示，立法院将审议预算。");
  ok(find(a, PG_T_ORGANIZATION, "行政院") >= 0 &&
         find(a, PG_T_ORGANIZATION, "立法院") >= 0,
     "the lexicon knows Taiwan's five Yuan");
  pg_free_annot(a);
  a = run("台湾首届“开放国会论坛”今天举行，共有5国议员参加。");
  ok(find(a, PG_T_EVENT, "首届“开放国会论坛”") >= 0 &&
         find(a, PG_T_EVENT, "台湾首届“开放国会论坛") < 0,
     "an edition's name starts at 首届 and keeps its closing quote");
  pg_free_annot(a);
  a = run("6月17日，国家主席习近平在北京主持了中非团结抗疫特别峰会。");
  ok(find(a, PG_T_EVENT, "中非团结抗疫特别峰会") >= 0,
     "主持了<event>: 了 between the verb and the name");
  pg_free_annot(a);
  a = run("王毅以视频方式出席东盟与中日韩（10+3）外长会。");
  ok(find(a, PG_T_EVENT, "东盟与中日韩（10+3）外长会") >= 0,
     "a gloss of digits in parentheses inside an event's name; 外长会 a head");
  pg_free_annot(a);
}

/* A country under its formal name; a year that opens no event. */
static void test_state_forms(void)
{
  pg_annot *a = run("柬埔寨王国首相洪玛奈会见斐济共和国总理。");
  int e = find(a, PG_T_PLACE, "柬埔寨");
  size_t i, whole = 0;

  ok(e >= 0 && find(a, PG_T_PLACE, "斐济") >= 0,
     "柬埔寨王国, 斐济共和国: the countries");
  for (i = 0; a && i < a->nm; i++)
    if (a->m[i].entity == e && a->m[i].ce - a->m[i].cb == 5)
      whole = 1;
  ok(whole, "... each one mention with its formal word");
  pg_free_annot(a);
  a = run("三方同意将2025—2026年定为中日韩文化交流年，宣布2025年为“中柬旅游年”。");
  ok(a && find(a, PG_T_EVENT, "2026年定为中日韩文化交流年") < 0 &&
         find(a, PG_T_EVENT, "2025年为“中柬旅游年") < 0,
     "a year event runs across no 定为 and starts at no 为");
  pg_free_annot(a);
  a = run("王庭惠在北京人民大会堂会见越南国会代表团。");
  ok(a && find(a, PG_T_ORGANIZATION, "越南国会") >= 0,
     "an organization's name starts after 会见, not across it");
  pg_free_annot(a);
  a = run("政府专家顾问袁国勇当时到过现场。呼吸系统专科医生梁子超表示，要打针。");
  ok(a && find(a, PG_T_PERSON, "袁国勇") >= 0 && find(a, PG_T_PERSON, "梁子超") >= 0,
     "advisers and doctors are titles; a name may end before 当时");
  pg_free_annot(a);
  a = run("据悉，阿斯塔纳峰会于10日开幕。另据报道，北京会议结束。");
  ok(a && find(a, PG_T_EVENT, "阿斯塔纳峰会") >= 0 &&
         find(a, PG_T_EVENT, "北京会议") < 0,
     "a city's summit is a name; a city's meeting is none");
  pg_free_annot(a);
  a = run("在二〇二二年春节团拜会上的讲话。二〇二二年是重要一年。");
  ok(a && find(a, PG_T_EVENT, "二〇二二年春节团拜会") >= 0 && a->ne == 1,
     "a year in Han numerals opens an event's name, and only that");
  pg_free_annot(a);
  a = run("台湾国防部表示，美国印太司令部回应。依据《中国共产党纪律处分条例》，"
          "由国家监委给予其开除公职处分。");
  ok(a && find(a, PG_T_ORGANIZATION, "台湾国防部") >= 0 &&
         find(a, PG_T_ORGANIZATION, "美国印太司") < 0,
     "the island's ministry is its own; 司令部 is one head");
  ok(find(a, PG_T_ORGANIZATION, "国家监委给予其开除公职处") < 0,
     "... and 处分 is none");
  pg_free_annot(a);
  a = run("白俄罗斯中国友好协会主席、前副总理托济克，秘鲁总统博鲁阿尔特举行会谈，"
          "第三次同总统女士会晤。中国提出并积极践行全球文明倡议。秘方欢迎中国企业参与"
          "基础设施、资源能源、交通等重要领域合作项目。");
  ok(a && find(a, PG_T_PERSON, "托济克") >= 0 &&
         find(a, PG_T_PERSON, "博鲁阿尔特") >= 0,
     "a foreign name after a former post that shares the body, or before 举行");
  ok(find(a, PG_T_EVENT, "第三次同总统女士会晤") < 0,
     "... a count of meetings with someone is no event");
  ok(find(a, PG_T_INITIATIVE, "并积极践行全球文明倡议") < 0 &&
         find(a, PG_T_INITIATIVE, "资源能源") < 0,
     "... no work after 并 of a second verb, nor a list of fields");
  pg_free_annot(a);
  a = run("他出席《联合国气候变化框架公约》第二十九次缔约方大会。");
  e = find(a, PG_T_EVENT, "《联合国气候变化框架公约》第二十九次缔约方大会");
  ok(e >= 0 && has_alias(a, e, "第二十九次缔约方大会"),
     "a convention's numbered conference is named with the convention");
  pg_free_annot(a);
  a = run("听取全国人大常委会法制工作委员会、预算工作委员会的汇报。外交部亚洲司、欧洲司"
          "负责人出席。民盟中央经济委员会、中国区域科学协会、天津市社科联协办。");
  ok(a && find(a, PG_T_ORGANIZATION, "预算工作委员会") >= 0 &&
         find(a, PG_T_ORGANIZATION, "欧洲司") >= 0,
     "the units listed after a unit are units too");
  {
    size_t fi;
    int bad = 0;
    for (fi = 0; a && fi < a->nf; fi++)
      if (a->f[fi].pred == PG_P_SUBORG &&
          (a->f[fi].subj == find(a, PG_T_ORGANIZATION, "中国区域科学协会") ||
           a->f[fi].subj == find(a, PG_T_ORGANIZATION, "天津市社科联")))
        bad = 1;
    ok(!bad, "... but a list of bodies of their own is no list of units");
  }
  pg_free_annot(a);
  a = run("今天，第137届广交会在广州开幕。与上一届广交会相比，规模更大。"
          "全国组织部长会议15日在京召开。");
  ok(a && find(a, PG_T_EVENT, "第137届广交会") >= 0 &&
         find(a, PG_T_EVENT, "一届广交会") < 0,
     "an ordinal before a known event names an edition (not after 上)");
  ok(find(a, PG_T_EVENT, "全国组织部长会议") >= 0,
     "a national meeting is named by a weak head too");
  pg_free_annot(a);
  a = run("路透社报道说，中国共产党二十届四中全会将制定规划。报道说，中国共产党第二十届"
          "中央委员会第四次全体会议主要讨论规划。");
  {
    size_t n = count_type(a, PG_T_EVENT);
    e = find(a, PG_T_EVENT, "中国共产党二十届四中全会");
    ok(n == 1 && e >= 0 &&
           has_alias(a, e, "中国共产党第二十届中央委员会第四次全体会议"),
       "a plenum named short and in full is one event");
  }
  pg_free_annot(a);
  a = run("民革十三届六中全会在京召开。");
  e = find(a, PG_T_EVENT, "十三届六中全会");
  ok(e >= 0 && !has_alias(a, e, "中国共产党十三届六中全会"),
     "... another party's plenum is not the CPC's");
  pg_free_annot(a);
  a = run("第十四届全国人民代表大会常务委员会第十次会议在北京举行。十四届全国人大常委会"
          "第十次会议审议了报告。中国人民政治协商会议第十四届全国委员会第三次会议开幕。"
          "全国政协十四届三次会议闭幕。十四届全国人大常委会第十一次会议举行。");
  {
    size_t n = count_type(a, PG_T_EVENT);
    e = find(a, PG_T_EVENT, "第十四届全国人民代表大会常务委员会第十次会议");
    ok(n == 3 && e >= 0 && has_alias(a, e, "十四届全国人大常委会第十次会议") &&
           find(a, PG_T_EVENT, "十四届全国人大常委会第十一次会议") >= 0,
       "a numbered session named in full and short is one event (not the next one)");
  }
  pg_free_annot(a);
  a = run("会议听取政协第十四届全国委员会经济委员会、农业和农村委员会的汇报。"
          "政协第十四届全国委员会常务委员会第十次会议开幕。"
          "全国政协十四届常委会第十次会议闭幕。");
  {
    int cp = find(a, PG_T_ORGANIZATION, "全国政协"),
        sc = find(a, PG_T_ORGANIZATION, "全国政协常委会");
    size_t n = count_type(a, PG_T_EVENT);
    ok(cp >= 0 && has_alias(a, cp, "政协第十四届全国委员会") &&
           has_fact(a, find(a, PG_T_ORGANIZATION, "经济委员会"), PG_P_SUBORG, cp, NULL) &&
           has_fact(a, find(a, PG_T_ORGANIZATION, "农业和农村委员会"), PG_P_SUBORG, cp,
                    NULL),
       "a body whose name a term interrupts (政协|第十四届|全国委员会) and its units");
    ok(n == 1 && sc >= 0 && has_fact(a, sc, PG_P_SUBORG, cp, NULL) &&
           find(a, PG_T_ORGANIZATION, "十四届常委会") < 0,
       "... its standing committee with its term is the lexicon's unit, one session");
  }
  pg_free_annot(a);
  a = run("庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会28日上午在"
          "人民大会堂隆重举行。纪念孙中山诞辰130周年大会在北京举行。");
  ok(find(a, PG_T_EVENT,
          "庆祝中华全国总工会成立100周年暨全国劳动模范和先进工作者表彰大会") >= 0 &&
         find(a, PG_T_EVENT, "纪念孙中山诞辰130周年大会") >= 0,
     "a celebration's name holds what it celebrates, verbs and persons too");
  pg_free_annot(a);
  a = run("庆祝中华人民共和国成立76周年招待会9月30日晚在北京人民大会堂隆重举行。"
          "外交部举行招待会。");
  {
    size_t n = count_type(a, PG_T_EVENT);
    ok(n == 1 && find(a, PG_T_EVENT, "庆祝中华人民共和国成立76周年招待会") >= 0,
       "a celebration's reception is an event, and its name stops at 在 (no "
       "other 招待会)");
  }
  pg_free_annot(a);
  a = run("丁薛祥出席中哈合作委员会第十二次会议。中加双方航空公司增加航班。"
          "中巴有关部门负责人出席。");
  ok(find(a, PG_T_EVENT, "中哈合作委员会第十二次会议") >= 0 &&
         find(a, PG_T_ORGANIZATION, "中加双方航空公司") < 0 &&
         find(a, PG_T_ORGANIZATION, "中巴有关部门") < 0,
     "two countries' one-character forms start a name (not 双方, 有关)");
  pg_free_annot(a);
  a = run("全国组织部长会议12日在京召开。京津冀协同发展。会后双方签署《中哈合作委员会第十二次"
          "会议纪要》。丁薛祥会见哈萨克斯坦第一副总理斯克利亚尔。");
  e = find(a, PG_T_PLACE, "北京");
  ok(e >= 0 && a->ent[e].n_mention == 1 &&
         find(a, PG_T_DECLARATION, "中哈合作委员会第十二次会议纪要") >= 0 &&
         find(a, PG_T_PERSON, "斯克利亚尔") >= 0,
     "在京召开: 京 is Beijing (not in 京津冀); 纪要 closes a title; 第一副总理");
  pg_free_annot(a);
  a = run("中共中央政治局常委、首规委主任蔡奇出席会议。他们说、有人主任张三出席。");
  {
    int p = find(a, PG_T_PERSON, "蔡奇"), zs = find(a, PG_T_PERSON, "张三");
    ok(has_fact(a, p, PG_P_JOBTITLE, -1, "常委") &&
           has_fact(a, p, PG_P_AFFILIATION,
                    find(a, PG_T_ORGANIZATION, "中共中央政治局"), NULL) &&
           has_fact(a, p, PG_P_JOBTITLE, -1, "主任") &&
           zs >= 0 && !has_fact(a, zs, PG_P_JOBTITLE, -1, "说"),
       "a post of a body no rule knows does not end the list of posts before it");
  }
  pg_free_annot(a);
  a = run("南非总统、非国大主席拉马福萨祝贺。深化全国政协同柬参议院友好合作。");
  ok(has_fact(a, find(a, PG_T_PERSON, "拉马福萨"), PG_P_JOBTITLE, -1, "总统") &&
         find(a, PG_T_ORGANIZATION, "同柬参议院") < 0,
     "... whatever its body's last word (非国大); a unit never opens with 同");
  pg_free_annot(a);
  a = run("中共中央总书记、国家主席习近平同越共中央总书记、国家主席阮富仲互致贺电。");
  ok(!has_fact(a, find(a, PG_T_PERSON, "阮富仲"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "中共中央"), NULL),
     "... but the list does not run back over another person's posts");
  pg_free_annot(a);
  a = run("全国药品安全宣传周在北京启动\n2024年“全国药品安全宣传周”今天在京启动。"
          "2025年高考“云咨询周”活动将于6月22日举行。2023年“一带一路”国际合作高峰论坛举行。");
  {
    size_t n = count_type(a, PG_T_EVENT);
    ok(n == 3 && find(a, PG_T_EVENT, "2024年“全国药品安全宣传周”") >= 0 &&
           find(a, PG_T_EVENT, "2025年高考“云咨询周”") >= 0 &&
           find(a, PG_T_EVENT, "“一带一路”国际合作高峰论坛") >= 0,
       "a year before a quoted campaign names it with its quotes, one event with "
       "the name alone (not the lexicon's series)");
  }
  pg_free_annot(a);
  a = run("卢旺达爱国阵线主席、总统卡加梅表示支持。塞内加尔社会党总书记恩迪亚耶表示支持。"
          "中国共产党总书记习近平指出。美国人民很友好。");
  {
    int k = find(a, PG_T_PERSON, "卡加梅"), n = find(a, PG_T_PERSON, "恩迪亚耶");
    ok(has_fact(a, k, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "卢旺达爱国阵线"),
                NULL) &&
           has_fact(a, n, PG_P_AFFILIATION,
                    find(a, PG_T_ORGANIZATION, "塞内加尔社会党"), NULL) &&
           find(a, PG_T_ORGANIZATION, "中国共产党") >= 0 &&
           find(a, PG_T_ORGANIZATION, "美国人民") < 0,
       "a country's party or front before its leader's post is a body");
  }
  pg_free_annot(a);
  a = run("应马来西亚国会下议院议长佐哈里邀请，赵乐际访问。应急管理部发布通知。");
  {
    int z = find(a, PG_T_PERSON, "佐哈里"), h = find(a, PG_T_ORGANIZATION,
                                                   "马来西亚国会下议院");
    ok(z >= 0 && h >= 0 && has_fact(a, z, PG_P_JOBTITLE, -1, "议长") &&
           has_fact(a, h, PG_P_SUBORG, find(a, PG_T_ORGANIZATION, "马来西亚国会"),
                    NULL) &&
           find(a, PG_T_ORGANIZATION, "应急管理部") >= 0,
       "应 opens a name on its right (应…邀请); 下议院 closes a body");
  }
  pg_free_annot(a);
  a = run("安提瓜和巴布达工党领袖、政府总理布朗表示支持。萨摩亚国家元首图伊马莱阿利法诺表示。"
          "全国人大代表按照大会各项议程认真履行人大代表职责。越南政府总理范明政表示。");
  ok(has_fact(a, find(a, PG_T_PERSON, "布朗"), PG_P_JOBTITLE, -1, "总理") &&
         find(a, PG_T_PERSON, "图伊马莱阿利法诺") >= 0 &&
         find(a, PG_T_ORGANIZATION, "代表按照大会各项议程认真履行人大") < 0 &&
         has_fact(a, find(a, PG_T_PERSON, "范明政"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "越南政府"), NULL),
       "a party's 政府总理 and long transliterated names after a post; 按照 is "
       "no name's word");
  pg_free_annot(a);
  a = run("国务院联防联控机制新闻发布会介绍了有关情况。2023山东夏日消费季在烟台启动。"
          "国务院举办发布会。");
  ok(find(a, PG_T_EVENT, "国务院联防联控机制新闻发布会") >= 0 &&
         find(a, PG_T_EVENT, "2023山东夏日消费季") >= 0 &&
         find(a, PG_T_EVENT, "国务院举办发布会") < 0,
     "a head that starts with a stop word closes a name (…新闻|发布会); 消费季");
  pg_free_annot(a);
  a = run("山东人民牢记习近平总书记殷切嘱托，改革创新。");
  ok(has_fact(a, find(a, PG_T_PERSON, "习近平"), PG_P_JOBTITLE, -1, "总书记") &&
         find(a, PG_T_PERSON, "殷切嘱托") < 0,
     "a post right after a known name is that name's, not the next word's");
  pg_free_annot(a);
  a = run("拉美和加勒比国家共同体第六届峰会在墨西哥举行。构建人类命运共同体。"
          "双方共同发布声明。阿富汗人道主义局势高级别部长级会议在日内瓦召开。");
  ok(find(a, PG_T_EVENT, "拉美和加勒比国家共同体第六届峰会") >= 0 &&
         find(a, PG_T_ORGANIZATION, "人类命运共同体") < 0 &&
         find(a, PG_T_EVENT, "阿富汗人道主义局势高级别部长级会议") >= 0,
     "a stop word that opens a longer head is no stop (共同|体); 命运共同体 is "
     "no body; 部长级会议");
  pg_free_annot(a);
  a = run("今天，第十三届中国航展在珠海开幕。2023年对台工作会议在京召开。第十四届全运会将于明天在西安开幕。"
          "党史学习教育总结会议在京召开。相关会议召开。");
  ok(find(a, PG_T_EVENT, "第十三届中国航展") >= 0 &&
         find(a, PG_T_EVENT, "2023年对台工作会议") >= 0 &&
         find(a, PG_T_EVENT, "第十四届全运会") >= 0 &&
         find(a, PG_T_EVENT, "党史学习教育总结会议") >= 0 &&
         find(a, PG_T_EVENT, "相关会议") < 0,
     "航展, 全运会; a year before 对…会议; a known programme's meeting");
  pg_free_annot(a);
  a = run("第三十届青岛国际啤酒节昨晚开幕。昨天举行的二十国集团领导人应对新冠肺炎特别峰会"
          "达成不少共识。");
  ok(find(a, PG_T_EVENT, "第三十届青岛国际啤酒节") >= 0 &&
         find(a, PG_T_EVENT, "二十国集团领导人应对新冠肺炎特别峰会") >= 0,
     "啤酒节; a known body's summit followed by 达成");
  pg_free_annot(a);
  a = run("统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。推动京津冀协同发展。");
  {
    size_t n = count_type(a, PG_T_INITIATIVE);
    ok(n == 3 && find(a, PG_T_INITIATIVE, "“四个全面”战略布局") >= 0,
       "the lexicon's programmes; no quoted programme inside a longer known one");
  }
  pg_free_annot(a);
  a = run("中共中央国务院印发意见。中央纪委国家监委对其审查。民政部财政部联合发文。");
  {
    size_t fi;
    int bad = 0;
    for (fi = 0; a && fi < a->nf; fi++)
      bad |= a->f[fi].pred == PG_P_SUBORG;
    ok(a && !bad, "two known bodies named together are not one inside the other");
  }
  pg_free_annot(a);
  a = run("巴西前总统博索纳罗表示。此前总统拜登表示。");
  ok(has_fact(a, find(a, PG_T_PERSON, "博索纳罗"), PG_P_JOBTITLE, -1, "前总统") &&
         !has_fact(a, find(a, PG_T_PERSON, "博索纳罗"), PG_P_JOBTITLE, -1,
                   "总统"),
     "<country>前总统: a former post keeps its 前");
  pg_free_annot(a);
  a = run("白俄罗斯中国友好协会主席、前副总理张建国发言。");
  {
    size_t fi;
    int chair = 0, vice = 0;
    for (fi = 0; a && fi < a->nf; fi++)
      if (a->f[fi].pred == PG_P_JOBTITLE && a->f[fi].lit) {
        chair |= !strcmp(a->f[fi].lit, "主席");
        vice |= !strcmp(a->f[fi].lit, "前副总理");
      }
    ok(chair && vice, "posts listed before a former one are the person's too "
                      "(the former one with its 前)");
  }
  pg_free_annot(a);
}

/* Forms met in news of 2020-2025: heads that run across a shorter one,
 * lists through well-known names, sessions and congresses by short
 * names, titled proposals, descriptions that are no places. */
static void test_session_forms(void)
{
  pg_annot *a = run("全国人大常委会副委员长王晨、曹建明、吉炳轩、艾力更·依明巴海、"
                    "万鄂湘，秘书长杨振武出席会议。");
  int e = find(a, PG_T_PERSON, "吉炳轩"), g = find(a, PG_T_PERSON, "万鄂湘");

  ok(e >= 0 && has_fact(a, e, PG_P_JOBTITLE, -1, "副委员长") && g >= 0 &&
         has_fact(a, g, PG_P_JOBTITLE, -1, "副委员长"),
     "a 、-list after a title goes on through well-known names");
  pg_free_annot(a);
  a = run("中国人民解放军驻港部队举行升旗仪式。国家促进中部地区崛起工作办公室"
          "负责人介绍。");
  ok(find(a, PG_T_ORGANIZATION, "驻港部队") >= 0 &&
         find(a, PG_T_ORGANIZATION, "驻港部") < 0,
     "部队 is a head, 部 no head before 队");
  ok(find(a, PG_T_ORGANIZATION, "国家促进中部地区崛起工作办公室") >= 0,
     "a longer head running across a head's end wins (工作办|公室)");
  pg_free_annot(a);
  a = run("支持者8日闯入巴西国会、联邦最高法院和总统府等国家权力机构所在地。");
  ok(find(a, PG_T_ORGANIZATION, "联邦最高法院") >= 0 &&
         find(a, PG_T_ORGANIZATION, "总统府") >= 0 &&
         find(a, PG_T_ORGANIZATION, "联邦最高法院和总统府") < 0,
     "A和B in a list closed by 机构: two items");
  ok(find(a, PG_T_ORGANIZATION, "者8日闯入巴西国会") < 0,
     "an item holding a day is a clause");
  pg_free_annot(a);
  a = run("政协十四届二次会议3月4日在北京开幕。越共十四大将于明年召开。");
  ok(find(a, PG_T_EVENT, "政协十四届二次会议") >= 0,
     "the CPPCC's short name opens its session's name");
  ok(find(a, PG_T_EVENT, "越共十四大") >= 0, "越共十四大 is a congress");
  pg_free_annot(a);
  a = run("全会审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划"
          "的建议》。双方签署《自由贸易协定升级议定书》。");
  ok(find(a, PG_T_INITIATIVE,
          "中共中央关于制定国民经济和社会发展第十五个五年规划的建议") >= 0,
     "《…的建议》 is a titled proposal, not the plan it names");
  ok(find(a, PG_T_DECLARATION, "自由贸易协定升级议定书") >= 0,
     "a protocol is an agreement");
  pg_free_annot(a);
  a = run("在四川产竹大县兴文县，秋冬季集中采竹开始了。深圳海关查获一批货物。");
  ok(find(a, PG_T_PLACE, "产竹大县") < 0, "产竹大县 describes, names no place");
  ok(find(a, PG_T_ORGANIZATION, "深圳海关") >= 0, "a customs district");
  pg_free_annot(a);
  a = run("它在与最近发布的SOTA模型Llama-3-70B的比较中，在Chat评估中表现出色。");
  ok(find(a, PG_T_PRODUCT, "SOTA") < 0 && find(a, PG_T_PRODUCT, "Chat") < 0,
     "SOTA, Chat: Latin words, no product names");
  pg_free_annot(a);
  a = run("2023世界人工智能大会今天在上海世博中心开幕。招待会在北京饭店金色大厅"
          "举行。");
  ok(find(a, PG_T_PLACE, "上海世博中心") >= 0, "a well-known venue");
  ok(count_type(a, PG_T_ORGANIZATION) == 0,
     "a hall of a venue (北京饭店金色大厅) is no body");
  pg_free_annot(a);
  a = run("贯彻中央军委基层建设会议精神。学习贯彻四中全会精神。");
  ok(find(a, PG_T_EVENT, "中央军委基层建设会议") >= 0,
     "贯彻…会议精神: the meeting is named");
  ok(count_type(a, PG_T_EVENT) == 1, "... but 贯彻 opens no name");
  pg_free_annot(a);
  a = run("深入贯彻中共二十大和二十届三中全会精神。");
  ok(find(a, PG_T_EVENT, "中共二十大和二十届三中全会") < 0,
     "... nor are two meetings one");
  pg_free_annot(a);
  a = run("阿里云今天发布通义千问2.5大模型。文心一言3月上线。");
  ok(find(a, PG_T_PRODUCT, "通义千问2.5") >= 0,
     "a known model's version after its Han name");
  ok(find(a, PG_T_PRODUCT, "文心一言3") < 0, "... but not a month after it");
  pg_free_annot(a);
  a = run("中方欢迎更多国家加入世界人工智能合作组织。");
  ok(find(a, PG_T_ORGANIZATION, "世界人工智能合作组织") >= 0 &&
         count_type(a, PG_T_ORGANIZATION) == 1,
     "欢迎, 加入 end a name");
  pg_free_annot(a);
}

/* Evidence a name is a person's without a title right before it. */
static void test_name_evidence(void)
{
  pg_annot *a;

  a = run("斯里兰卡物理学家、工程师和经济学家莫汉•芒纳星河，会上，约翰·史密斯说，"
          "要合作。");
  ok(find(a, PG_T_PERSON, "莫汉•芒纳星河") >= 0,
     "a dotted transliterated name after a profession that is no post");
  ok(find(a, PG_T_PERSON, "约翰·史密斯") >= 0, "... and after a mark");
  pg_free_annot(a);
  a = run("他读过《约翰·克利斯朵夫》。约翰斯·霍普金斯大学发布数据。三·八妇女节。"
          "原住民长老唐纳德·尼科尼回忆说，星火·燎原。");
  is_int(count_type(a, PG_T_PERSON), 0,
         "no person in a novel's title, a university, a date, a verb's tail "
         "or Han words");
  pg_free_annot(a);
  a = run("总统国家安全事务助理约翰·博尔顿12日说。");
  ok(find(a, PG_T_PERSON, "约翰·博尔顿") >= 0 &&
         find(a, PG_T_PERSON, "理约翰·博尔顿") < 0,
     "the name starts after the post");
  pg_free_annot(a);

  a = run("让身处现场的上海蜜度蜜巢智能科技有限公司总裁刘益东倍感振奋。"
          "“机会来了。”刘益东说。");
  ok(has_fact(a, find(a, PG_T_PERSON, "刘益东"), PG_P_JOBTITLE, -1, "总裁"),
     "a titled name no word ends, written again on its own");
  pg_free_annot(a);
  a = run("西藏自治区党委书记吴英杰表示，要加强。清华大学党委书记陈旭出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "吴英杰"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "西藏自治区党委"), NULL),
     "a region's 党委 written into the post is the body");
  ok(has_fact(a, find(a, PG_T_PERSON, "陈旭"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "清华大学"), NULL) &&
         find(a, PG_T_ORGANIZATION, "清华大学党委") < 0,
     "... but a university's 党委书记 is the university's post");
  pg_free_annot(a);
  a = run("香港中文大学（深圳）理事唐杰出席。");
  ok(find(a, PG_T_ORGANIZATION, "香港中文大学（深圳）") >= 0 &&
         has_fact(a, find(a, PG_T_PERSON, "唐杰"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "香港中文大学（深圳）"), NULL),
     "a campus named with its city is a body of its own");
  ok(find(a, PG_T_ORGANIZATION, "香港中文大学") < 0,
     "... and the university inside its name is no second mention");
  pg_free_annot(a);
  a = run("法国船级社技术副总裁奥利维亚·卡地亚作报告。国家卫健委派出的中央指导组"
          "专家成员邱海波出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "奥利维亚·卡地亚"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "法国船级社"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "奥利维亚·卡地亚"), PG_P_JOBTITLE,
                  -1, "技术副总裁"),
     "a word between a body and its post belongs to the post");
  pg_free_annot(a);
  a = run("中国工程院王树新院士出席。");
  ok(find(a, PG_T_PERSON, "王树新") >= 0 &&
         !has_fact(a, find(a, PG_T_PERSON, "王树新"), PG_P_JOBTITLE, -1,
                   "王树新院士"),
     "... but a name between them is no part of the post");
  pg_free_annot(a);
  a = run("法国宪法委员会主席、南开大学名誉博士洛朗·法比尤斯，联合国工业发展组织"
          "总干事、南开大学校友李勇出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "李勇"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "联合国工业发展组织"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "李勇"), PG_P_JOBTITLE, -1,
                  "总干事"),
     "an alumnus's name takes the posts listed before it");
  ok(!has_fact(a, find(a, PG_T_PERSON, "李勇"), PG_P_JOBTITLE, -1, "校友") &&
         !has_fact(a, find(a, PG_T_PERSON, "李勇"), PG_P_AFFILIATION,
                   find(a, PG_T_ORGANIZATION, "南开大学"), NULL),
     "... an alumnus holds no post at the school");
  ok(has_fact(a, find(a, PG_T_PERSON, "洛朗·法比尤斯"), PG_P_JOBTITLE, -1,
              "名誉博士") &&
         !has_fact(a, find(a, PG_T_PERSON, "洛朗·法比尤斯"), PG_P_AFFILIATION,
                   find(a, PG_T_ORGANIZATION, "南开大学"), NULL),
     "... an honorary doctor is a title, no post");
  pg_free_annot(a);
  a = run("课题组发布了《城市治理评价报告（2022年）》。此前发布《城市治理评价报告"
          "（2021年）》。持续发布的《城市治理评价报告》将展示变化。");
  ok(find(a, PG_T_REPORT, "城市治理评价报告（2022年）") >= 0 &&
         find(a, PG_T_REPORT, "城市治理评价报告（2021年）") >= 0,
     "two editions of a report are two works");
  ok(find(a, PG_T_REPORT, "城市治理评价报告") >= 0,
     "... and the series' name, which both editions claim, joins neither");
  pg_free_annot(a);
  a = run("中国公司治理研究院2017年起与深圳市公司治理研究会合作。");
  ok(find(a, PG_T_ORGANIZATION, "2017年起与深圳市公司治理研究会") < 0 &&
         find(a, PG_T_ORGANIZATION, "深圳市公司治理研究会") >= 0,
     "a date after a body opens a clause, no unit");
  pg_free_annot(a);
  a = run("12月22日上午，省委人才工作会议在哈尔滨召开。黄建盛、陈海波、张安顺出席会议。"
          "江门、韶关出席。");
  ok(find(a, PG_T_EVENT, "省委人才工作会议") >= 0,
     "a province's party committee opens a meeting's name");
  ok(find(a, PG_T_PERSON, "黄建盛") >= 0 && find(a, PG_T_PERSON, "张安顺") >= 0,
     "three names or more, each an item, before a verb of attending");
  ok(find(a, PG_T_PERSON, "江门") < 0, "... but not two");
  pg_free_annot(a);
  a = run("距离其首款开源大模型Yi-34B和Yi-6B的发布不到三个月。我们测试了Yi-VL-34B。"
          "版本号v2-final和COVID-19不是模型。");
  ok(find(a, PG_T_PRODUCT, "Yi-34B") >= 0 && find(a, PG_T_PRODUCT, "Yi-6B") >= 0,
     "a Latin name coordinated after a product is one too");
  ok(find(a, PG_T_PRODUCT, "Yi-VL-34B") >= 0,
     "a Latin name that counts its parameters is a model's");
  ok(find(a, PG_T_PRODUCT, "v2-final") < 0 && find(a, PG_T_PRODUCT, "COVID-19") < 0,
     "... but not any name with a number");
  pg_free_annot(a);
  a = run("首批设备将搭载高通的 Snapdragon X Elite 及芯片。新推出的 Super Resolution "
          "功能能放大老照片。热门视频编辑工具 CapCut 将上线。模型名为Yi Vision Language"
          "（Yi-VL），已开源。Yi-VL模型表现好。我校教授以《船舶工业CAE软件发展》为题发言。");
  ok(find(a, PG_T_PRODUCT, "Snapdragon X Elite") >= 0 &&
         find(a, PG_T_PRODUCT, "Super Resolution") >= 0 &&
         find(a, PG_T_PRODUCT, "CapCut") >= 0,
     "a Latin name after a maker and 的, a kind of product, or before one is a "
     "product's (its words keep their spaces)");
  ok(find(a, PG_T_PRODUCT, "Yi Vision Language") >= 0 &&
         find(a, PG_T_PRODUCT, "Yi-VL") < 0,
     "... after 名为, with its short name in parentheses as an alias");
  ok(find(a, PG_T_PRODUCT, "CAE") < 0,
     "... but a capital acronym before a kind (CAE软件) is a kind itself");
  pg_free_annot(a);
  a = run("会议通过了《全国人民代表大会常务委员会关于修改〈中华人民共和国统计法〉的决定》。"
          "中共中央办公厅转发《中央宣传部关于认真组织学习〈习近平谈治国理政〉第四卷的通知》。");
  ok(find(a, PG_T_LAW, "全国人民代表大会常务委员会关于修改〈中华人民共和国统计法〉的决定") >= 0,
     "a decision amending a law (关于修改〈…法〉的决定) is law");
  ok(find(a, PG_T_LAW, "中华人民共和国统计法") >= 0,
     "... and the law inside its title between 〈 and 〉 a work of its own");
  ok(find(a, PG_T_REPORT, "习近平谈治国理政") < 0 &&
         find(a, PG_T_DECLARATION, "习近平谈治国理政") < 0,
     "... but only when a work head closes it");
  pg_free_annot(a);
  a = run("吴欣鸿创立美图公司。旗下产品美图秀秀、美颜相机长期占据第一名。推出以美图设计室、"
          "WHEE、开拍等产品为代表的全家桶。出口家用电器、工程机械等产品。");
  ok(find(a, PG_T_PRODUCT, "美图秀秀") >= 0 && find(a, PG_T_PRODUCT, "美图设计室") >= 0 &&
         find(a, PG_T_PRODUCT, "WHEE") >= 0 && find(a, PG_T_PRODUCT, "开拍") >= 0,
     "the items of a list opened by 旗下产品 or closed by 等产品 are products");
  ok(find(a, PG_T_PRODUCT, "美颜相机") >= 0,
     "... the last one ending where an adverb opens the clause (美颜相机|长期)");
  ok(find(a, PG_T_PRODUCT, "家用电器") < 0 && find(a, PG_T_PRODUCT, "工程机械") < 0,
     "... but a list of goods that names no product is not");
  pg_free_annot(a);
  a = run("其中10余家公司在海外上市，包括：宁德时代，美团，中控技术，深城交、杰华特、路特斯等。"
          "还有多个城市，包括：南京、苏州、无锡、常州等。");
  ok(find(a, PG_T_ORGANIZATION, "中控技术") >= 0 &&
         find(a, PG_T_ORGANIZATION, "深城交") >= 0 &&
         find(a, PG_T_ORGANIZATION, "路特斯") >= 0,
     "a list opened by 包括： and closed by 等, after a word for bodies (公司): each "
     "item a body, split by 、 or ，");
  ok(find(a, PG_T_ORGANIZATION, "常州") < 0 && find(a, PG_T_ORGANIZATION, "无锡") < 0,
     "... but not after words for other things");
  pg_free_annot(a);
  a = run("嘉宾\n赵六（浙江大学副校长）\n王五，复旦大学教授\n"
          "周八：中国科学院自动化研究所研究员\n张三 北京大学 教授\n"
          "欧阳娜娜  复旦大学 研究员\n主任:吴新涛\n"
          "成员(按姓氏笔划):方荣良、叶培华、吴克琛\n");
  ok(has_fact(a, find(a, PG_T_PERSON, "赵六"), PG_P_JOBTITLE, -1, "副校长") &&
         has_fact(a, find(a, PG_T_PERSON, "王五"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "复旦大学"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "周八"), PG_P_JOBTITLE, -1, "研究员"),
     "guests' lines closed by the line's end: 姓名（单位职务）, 姓名，单位职务, "
     "姓名：单位职务");
  ok(has_fact(a, find(a, PG_T_PERSON, "张三"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "北京大学"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "欧阳娜娜"), PG_P_JOBTITLE, -1,
                  "研究员"),
     "a guest's card in columns: name, a blank, body and post");
  ok(has_fact(a, find(a, PG_T_PERSON, "吴新涛"), PG_P_JOBTITLE, -1, "主任") &&
         has_fact(a, find(a, PG_T_PERSON, "叶培华"), PG_P_JOBTITLE, -1, "成员") &&
         has_fact(a, find(a, PG_T_PERSON, "吴克琛"), PG_P_JOBTITLE, -1, "成员"),
     "a line of a list of posts: 主任:X, 成员(…):X、Y、Z");
  pg_free_annot(a);
  a = run("说明\n张三北京大学教授\n主任:负责全面工作\n");
  ok(count_type(a, PG_T_PERSON) == 0,
     "... but no card without its blank, no post line without names");
  pg_free_annot(a);
  a = run("武汉大学党委副书记赵雪梅，清华大学长聘教授、博士生导师、清华大学人文学院"
          "党委副书记刘晓峰，美国威斯康星大学帕克赛德校区校长狄波拉•福特出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "赵雪梅"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "武汉大学"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "刘晓峰"), PG_P_JOBTITLE, -1,
                  "长聘教授"),
     "党委副书记 and 长聘教授 are posts");
  ok(has_fact(a, find(a, PG_T_PERSON, "狄波拉•福特"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "美国威斯康星大学"), NULL),
     "a university's 校区 is a unit of it");
  pg_free_annot(a);
  a = run("大会由中国高等教育学会副会长林蕙青主持。习近平等领导同志出席。"
          "据国际奥委会新闻发言人马克·亚当斯介绍，比赛顺利。");
  ok(has_fact(a, find(a, PG_T_PERSON, "林蕙青"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "中国高等教育学会"), NULL),
     "高等 is a word of a name, not 等 closing a list; 由 opens no body");
  ok(find(a, PG_T_PERSON, "习近平") >= 0, "... but 习近平等 still lists");
  ok(has_fact(a, find(a, PG_T_PERSON, "马克·亚当斯"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "国际奥委会"), NULL) &&
         find(a, PG_T_ORGANIZATION, "据国际奥委会") < 0,
     "a stop word before a known body is no part of it");
  pg_free_annot(a);
  a = run("泰国国王表示，国际社会对中国政府的努力表示赞赏。世卫组织对中国政府所作的"
          "努力非常钦佩。中央指导组来到同济医院主院区。");
  ok(find(a, PG_T_ORGANIZATION, "国际社会对中国政府") < 0 &&
         find(a, PG_T_ORGANIZATION, "对中国政府") < 0 &&
         find(a, PG_T_ORGANIZATION, "来到同济医院") < 0,
     "a preposition or a verb of going before a known name is the clause's");
  pg_free_annot(a);
  a = run("急诊科主任张劲农由于长期值守发烧。贵州省长李炳军发了言。比尔·盖茨专门致信。"
          "记者全程记录了一批物资。");
  ok(find(a, PG_T_PERSON, "张劲农由") < 0,
     "a given name of three characters only before a mark or a post-name word");
  ok(find(a, PG_T_PERSON, "李炳军") >= 0 && find(a, PG_T_PERSON, "李炳军发") < 0,
     "... and a verb before 了 is no part of a name");
  ok(find(a, PG_T_PERSON, "比尔·盖茨") >= 0,
     "an adverb after a dotted name ends it");
  ok(find(a, PG_T_PERSON, "全程记录") < 0, "全程记录 is no name");
  pg_free_annot(a);
  a = run("加强国际事务沟通和协调，相互支持办好6月马赛世界自然保护大会暨第四届“一个"
          "星球”峰会。此前，萨勒先后致函习近平主席，祝贺中国春节和中非合作论坛成立20周年。"
          "凝神聚力开好大会。此前，亚洲政党国际会议、拉美政党常设大会、美洲基民组织、"
          "圣保罗论坛等政党和社会组织也来电来函，支持中国抗击疫情的努力。"
          "七国集团气候、能源和环境部长会议在札幌举行。");
  ok(find(a, PG_T_EVENT, "马赛世界自然保护大会暨第四届“一个星球”峰会") >= 0 &&
         find(a, PG_T_EVENT, "凝神聚力开好大会") < 0 &&
         find(a, PG_T_EVENT, "开好大会") < 0,
     "a verb and its 好 (and the month after them) open a clause before a "
     "meeting's name, in a joint name too; 开好|大会 names none");
  ok(find(a, PG_T_EVENT, "祝贺中国春节和中非合作论坛") < 0,
     "a holiday before 和 is another thing");
  ok(find(a, PG_T_EVENT, "美洲基民组织、圣保罗论坛") < 0, "a list of names is no name");
  ok(find(a, PG_T_EVENT, "七国集团气候、能源和环境部长会议") >= 0,
     "... but a 、 between topics is inside one");
  pg_free_annot(a);
  a = run("要落实老年人、学生等重点人群防护指南，完善医疗机构、工作场所、商场超市等"
          "防控方案。红沿河核电二期、沈白高铁等一系列重大项目开工。");
  ok(find(a, PG_T_INITIATIVE, "商场超市") < 0 && find(a, PG_T_INITIATIVE, "老年人") < 0,
     "a list before 等 and a document's noun names what the documents are for");
  ok(find(a, PG_T_INITIATIVE, "沈白高铁") >= 0, "... but before 等重大项目, works");
  pg_free_annot(a);
  a = run("清华大学法学院院长张三出席。北京工商大学商学院副院长孙永波出席。"
          "人民日报社副总编李四出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "张三"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "清华大学"), NULL) &&
         find(a, PG_T_ORGANIZATION, "法学院") >= 0 &&
         find(a, PG_T_ORGANIZATION, "商学院") >= 0,
     "a university's school of one discipline (法学院, 商学院) is a unit");
  ok(has_fact(a, find(a, PG_T_PERSON, "李四"), PG_P_JOBTITLE, -1, "副总编"),
     "副总编 is a post");
  pg_free_annot(a);
  a = run("郑州要求全市个体诊所暂停营业。郑州市迅速组织力量。国家电网调集24个省级电网公司"
          "支援。");
  ok(count_type(a, PG_T_ORGANIZATION) <= 1 &&
         find(a, PG_T_ORGANIZATION, "郑州要求全市个体诊所") < 0 &&
         find(a, PG_T_ORGANIZATION, "迅速组织") < 0 &&
         find(a, PG_T_ORGANIZATION, "调集24个省级电网公司") < 0,
     "a verb or an adverb of a clause in a body's name makes it no name");
  pg_free_annot(a);
  a = run("敦煌研究院名誉院长樊锦诗现在仍忙于石窟保护。中国国民党前主席洪秀柱专致贺函。"
          "国际奥委会原主席罗格逝世表示沉痛哀悼。藏族干部代表向巴平措说。");
  ok(find(a, PG_T_PERSON, "樊锦诗现") < 0 && find(a, PG_T_PERSON, "洪秀柱专") < 0 &&
         find(a, PG_T_PERSON, "罗格逝世") < 0,
     "a one-character word after four characters is no sign of a three-character "
     "given name");
  ok(find(a, PG_T_PERSON, "洪秀柱") >= 0 && find(a, PG_T_PERSON, "罗格") >= 0 &&
         find(a, PG_T_PERSON, "向巴平措") >= 0,
     "... 专 ends a titled name, 逝世 follows a name, and 巴平措 before 说 stays");
  pg_free_annot(a);
  a = run("沈白高铁正式开工建设。深中通道全线贯通。这条铁路开通运营。这项工程正式通水。");
  ok(find(a, PG_T_INITIATIVE, "沈白高铁") >= 0 &&
         find(a, PG_T_INITIATIVE, "深中通道") >= 0,
     "a railway or a crossing named before what a project does");
  is_int(count_type(a, PG_T_INITIATIVE), 2, "... but no 这条铁路, no 这项工程");
  pg_free_annot(a);
  a = run("峰会报名\n组委会 发自 凹非寺\n张力曾在中国无人驾驶头部企业担任首席运营官。\n");
  ok(find(a, PG_T_PERSON, "组委会") < 0 &&
         find(a, PG_T_ORGANIZATION, "中国无人驾驶头部") < 0,
     "a body's word is no pen name (组委会 发自), and 头部 (leading) no head");
  pg_free_annot(a);
  a = run("模型开源\n允中 发自 凹非寺\n会议发自北京的消息\n");
  ok(find(a, PG_T_PERSON, "允中") >= 0 && count_type(a, PG_T_PERSON) == 1,
     "a pen name before 发自 on a line of its own is the writer's");
  pg_free_annot(a);
  a = run("武契奇和塔玛拉在大厦为习近平和彭丽媛举行欢迎宴会。习近平和中国人民站在一起。");
  ok(find(a, PG_T_PERSON, "彭丽媛") >= 0 && find(a, PG_T_PERSON, "塔玛拉") >= 0,
     "a name joined to a known person's by 和 is a person's");
  ok(find(a, PG_T_PERSON, "中国人民") < 0, "... but not a known place's words");
  pg_free_annot(a);
  a = run("联合国应发挥中心协调作用。我们希望中国工程院加强合作。");
  ok(find(a, PG_T_ORGANIZATION, "应发挥中心") < 0 &&
         find(a, PG_T_ORGANIZATION, "希望中国工程院") < 0,
     "发挥 and 希望 make a clause, not a unit or a body");
  pg_free_annot(a);
  a = run("选出的副主席还有马伟明、王曦、周守为、高松。原中国科协主席韩启德任名誉主席。"
          "驻村第一书记余静正领着大伙干活。灾害包括高温、干旱、洪涝。");
  ok(has_fact(a, find(a, PG_T_PERSON, "马伟明"), PG_P_JOBTITLE, -1, "副主席") &&
         has_fact(a, find(a, PG_T_PERSON, "周守为"), PG_P_JOBTITLE, -1, "副主席") &&
         has_fact(a, find(a, PG_T_PERSON, "高松"), PG_P_JOBTITLE, -1, "副主席"),
     "a post, 还有 and a list of names: each holds the post");
  ok(find(a, PG_T_PERSON, "高温") < 0, "... but no list after a word that is no post");
  ok(find(a, PG_T_ORGANIZATION, "原中国科协") < 0,
     "原 before a known body is the post's, not the body's");
  ok(find(a, PG_T_PERSON, "余静") >= 0 && find(a, PG_T_PERSON, "余静正") < 0,
     "正 before a verb and 着 is no part of a name");
  pg_free_annot(a);
  a = run("专业集团党总主席艾尔朗加在会上发言。回复总台记者时表示，潘杰希尔的战斗已"
          "基本结束。");
  ok(find(a, PG_T_PERSON, "艾尔朗加") >= 0 &&
         find(a, PG_T_PERSON, "潘杰希尔") < 0,
     "a transliterated name of four characters before a one-character post-name "
     "word");
  pg_free_annot(a);
  a = run("公司总裁刘益东倍感振奋。");
  ok(find(a, PG_T_PERSON, "刘益东") < 0 && find(a, PG_T_PERSON, "刘益") < 0,
     "... but not when it is written once");
  pg_free_annot(a);
}

/* Forms of genre texts: chairs named without a post, transliterated
 * schools, pronouns before a meeting, counts of bodies. */
static void test_genre_forms(void)
{
  int e;
  pg_annot *a = run("12月22日上午，省委人才工作会议在哈尔滨召开。胡昌升主持会议，"
                    "沈莹传达中央人才工作会议精神。黄建盛、陈海波出席会议。");

  ok(find(a, PG_T_PERSON, "胡昌升") >= 0 && find(a, PG_T_PERSON, "沈莹") >= 0,
     "a name alone opening its clause before 主持会议 or 传达 is a person's");
  ok(find(a, PG_T_PERSON, "黄建盛") >= 0 && find(a, PG_T_PERSON, "陈海波") >= 0,
     "... and two names before 出席会议");
  pg_free_annot(a);
  a = run("会议传达了文件精神。研究院主持召开座谈会。");
  ok(count_type(a, PG_T_PERSON) == 0,
     "... but no person in 会议传达 or a body before 主持召开");
  pg_free_annot(a);
  a = run("学院吸收英国南安普顿大学的先进经验。学院和阿尔伯塔大学合作。"
          "弘扬文明大学精神。");
  ok(find(a, PG_T_ORGANIZATION, "英国南安普顿大学") >= 0 &&
         find(a, PG_T_ORGANIZATION, "阿尔伯塔大学") >= 0,
     "a transliterated name before 大学 is a university, after a verb too");
  ok(find(a, PG_T_ORGANIZATION, "文明大学") < 0,
     "... but not two characters of common words");
  pg_free_annot(a);
  a = run("今年，他给欧洲地球科学联盟2022年会的投稿被接受了。");
  ok(find(a, PG_T_EVENT, "欧洲地球科学联盟2022年会") >= 0 &&
         find(a, PG_T_EVENT, "他给欧洲地球科学联盟2022年会") < 0,
     "a pronoun and 给 open a clause: the meeting's name starts after them");
  pg_free_annot(a);
  a = run("学术委员会： (按姓氏拼音顺序)\n1 陈平形教授 国防科技大学\n"
          "10 李勇研究员 北京计算科学研究中心\n18 羊亚平教授 同济大学\n"
          "19 叶  柳教授 安徽大学\n8 王育竹院士 上海光机所\n"
          "大会秘书长：周正威\n秘    书: 苏振博、陈冲\n"
          "2 这是教授 说的话\n");
  ok(has_fact(a, find(a, PG_T_PERSON, "陈平形"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "国防科技大学"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "陈平形"), PG_P_JOBTITLE, -1, "教授") &&
         find(a, PG_T_ORGANIZATION, "国防科技大学") >= 0,
     "a row of a list: ordinal, name and title, a blank, the body");
  ok(find(a, PG_T_ORGANIZATION, "北京计算科学研究中心") >= 0 &&
         has_fact(a, find(a, PG_T_PERSON, "李勇"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "北京计算科学研究中心"), NULL),
     "... a two-character name before a three-character title");
  ok(find(a, PG_T_PERSON, "羊亚平") >= 0 && find(a, PG_T_PERSON, "叶柳") >= 0,
     "... any surname, and a name padded to three columns");
  ok(has_fact(a, find(a, PG_T_PERSON, "王育竹"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "上海光机所"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "王育竹"), PG_P_JOBTITLE, -1, "院士"),
     "... a body no rule reads: the column names it");
  ok(find(a, PG_T_PERSON, "这是") < 0, "... but not without a body closing the row");
  ok(has_fact(a, find(a, PG_T_PERSON, "周正威"), PG_P_JOBTITLE, -1, "秘书长") &&
         has_fact(a, find(a, PG_T_PERSON, "陈冲"), PG_P_JOBTITLE, -1, "秘书"),
     "a line's post after a modifier (大会秘书长：X), and 秘书");
  pg_free_annot(a);
  a = run("中国工程院院士、清华大学车辆与运载学院教授、汽车安全与节能国家重点实验室主任、"
          "国家智能网联汽车创新中心首席科学家王大强，清华大学智能科学讲席教授、"
          "智能产业研究院（AIR）院长张亚勤，世界工程组织联合会前任主席、南开大学"
          "学术委员会主任龚克，教授级高级工程师何霞出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "王大强"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "国家智能网联汽车创新中心"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "王大强"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "汽车安全与节能国家重点实验室"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "王大强"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中国工程院"), NULL),
     "a body filling an item of a list of posts needs no proper start; the "
     "posts before it go on");
  ok(has_fact(a, find(a, PG_T_PERSON, "张亚勤"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "智能产业研究院"), NULL),
     "... and an acronym in parentheses before the post");
  ok(has_fact(a, find(a, PG_T_PERSON, "龚克"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "世界工程组织联合会"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "龚克"), PG_P_JOBTITLE, -1, "前任主席") &&
         find(a, PG_T_ORGANIZATION, "世界工程组织") < 0,
     "a federation (…组织联合会) is one name; 前任 belongs to the post");
  ok(has_fact(a, find(a, PG_T_PERSON, "何霞"), PG_P_JOBTITLE, -1, "教授级高级工程师"),
     "教授级高级工程师 is one title");
  pg_free_annot(a);
  a = run("意大利驻华使馆文化参赞菲德利克•罗伯特•安东内利、科技参赞安桂笛出席。"
          "中国新一代人工智能发展战略研究院首席经济学家、南开大学经济研究所刘刚"
          "教授发言。云南省委书记陈豪、省长阮成发陪同。示威者冲击美驻伊拉克使馆。");
  e = find(a, PG_T_ORGANIZATION, "意大利驻华使馆");
  ok(e >= 0 && has_fact(a, find(a, PG_T_PERSON, "安桂笛"), PG_P_AFFILIATION, e, NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "安桂笛"), PG_P_JOBTITLE, -1, "科技参赞"),
     "驻华使馆 is a body; a post after the 、 closing a name with a post in a "
     "body is in that body too");
  ok(!has_fact(a, find(a, PG_T_PERSON, "阮成发"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "云南省委"), NULL),
     "... but not a party committee's for a state post");
  ok(find(a, PG_T_ORGANIZATION, "示威者冲击美驻伊拉克使馆") < 0 &&
         find(a, PG_T_ORGANIZATION, "美驻伊拉克使馆") < 0,
     "使馆 closes a name only after a country or 驻 and a place");
  ok(has_fact(a, find(a, PG_T_PERSON, "刘刚"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "中国新一代人工智能发展战略研究院"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "刘刚"), PG_P_JOBTITLE, -1, "首席经济学家"),
     "posts coordinated before a body, a name and its title (…首席经济学家、南开大学"
     "经济研究所刘刚教授)");
  pg_free_annot(a);
  a = run("专项研究报告《航空食品的作用研究——以东航为例》（中、意双语）发布。"
          "南开大学发布《数字经济测度研究》研究报告。");
  ok(find(a, PG_T_REPORT, "航空食品的作用研究——以东航为例") >= 0 &&
         find(a, PG_T_REPORT, "数字经济测度研究") >= 0,
     "研究报告 before or after a title with no head makes it a report");
  pg_free_annot(a);
  a = run("（综合本报记者孙秀艳和新华社记者徐鹏航、彭韵佳报道）\n"
          "领跑中英文两大权威榜单，李开复零一万物交出答卷！");
  ok(has_fact(a, find(a, PG_T_PERSON, "徐鹏航"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "新华社"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "彭韵佳"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "新华社"), NULL),
     "a credit after a known body names the reporters' body (新华社记者X、Y)");
  ok(find(a, PG_T_PERSON, "李开复") >= 0,
     "the lexicon knows the founders of technology companies");
  pg_free_annot(a);
  a = run("总裁贝建中，韩国科学技术研究院生物与脑工程系教授、世宗特别自治市智慧城市"
          "总设计师郑在承，紧扣论坛主题发言。");
  ok(has_fact(a, find(a, PG_T_PERSON, "郑在承"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "韩国科学技术研究院"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "郑在承"), PG_P_JOBTITLE, -1, "教授"),
     "the posts coordinated before a post whose body is unknown go on past a "
     "long one (世宗特别自治市智慧城市总设计师)");
  pg_free_annot(a);
  a = run("他们分别是：\n\n陶然\n微软大中华区首席运营官\n\n方汉\n昆仑万维董事长兼CEO\n\n"
          "宋春雨\n联想集团副总裁，清华大学兼职讲师\n\n嘉宾简介\n目前已有十余位嘉宾\n");
  ok(has_fact(a, find(a, PG_T_PERSON, "方汉"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "昆仑万维"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "方汉"), PG_P_JOBTITLE, -1, "董事长") &&
         has_fact(a, find(a, PG_T_PERSON, "方汉"), PG_P_JOBTITLE, -1, "CEO"),
     "a guest card of two lines: a name, then a body the reader cannot close "
     "and titles joined by 兼");
  ok(has_fact(a, find(a, PG_T_PERSON, "陶然"), PG_P_JOBTITLE, -1, "首席运营官") &&
         has_fact(a, find(a, PG_T_PERSON, "宋春雨"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "清华大学"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "宋春雨"), PG_P_JOBTITLE, -1, "兼职讲师"),
     "... posts joined by ，, and 兼职 is no 兼");
  ok(find(a, PG_T_PERSON, "嘉宾简介") < 0 && find(a, PG_T_ORGANIZATION, "目前已有十余位") < 0,
     "... but a heading before a sentence is no card");
  pg_free_annot(a);
  a = run("北京语言大学校长刘利来访，北京语言大学副校长黄益方、聂丹一同来访。"
          "北京语言大学校长助理、人事处处长郁有学，校长助理、研究生院院长郭鹏参加。"
          "中央宣讲团成员、原中央党史研究室主任欧阳淞作报告。");
  e = find(a, PG_T_ORGANIZATION, "北京语言大学");
  ok(find(a, PG_T_PERSON, "刘利") >= 0 && find(a, PG_T_PERSON, "刘利来访") < 0 &&
         find(a, PG_T_PERSON, "聂丹") >= 0 && find(a, PG_T_PERSON, "聂丹一") < 0,
     "来访 and 一同 follow a name");
  ok(has_fact(a, find(a, PG_T_PERSON, "郁有学"), PG_P_AFFILIATION, e, NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "郭鹏"), PG_P_AFFILIATION, e, NULL),
     "an office with no name of its own in a chain of posts is the first "
     "body's, and so after the comma closing a person of that body");
  ok(!has_fact(a, find(a, PG_T_PERSON, "郭鹏"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "中央宣讲团"), NULL),
     "(the body is the nearest person's)");
  ok(!has_fact(a, find(a, PG_T_ORGANIZATION, "原中央党史研究室"), PG_P_SUBORG,
               find(a, PG_T_ORGANIZATION, "中央宣讲团"), NULL),
     "... but not a body with a name of its own");
  pg_free_annot(a);
  a = run("北京语言大学校长助理、人事处处长郁有学，校长助理、研究生院院长、汉语国际"
          "教育学部主任郭鹏，学校办公室、组织部、科研处负责人一同来访。"
          "青岛市委副书记、统战部部长邓云锋出席。会上，副县长、宣传部部长王建国出席。");
  e = find(a, PG_T_ORGANIZATION, "北京语言大学");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "人事处"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "研究生院"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "统战部"), PG_P_SUBORG,
                  find(a, PG_T_ORGANIZATION, "青岛市委"), NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "邓云锋"), PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "青岛市委"), NULL),
     "an office after another post in a chain (校长助理、人事处处长) is a unit of "
     "the body the chain opens with");
  ok(find(a, PG_T_PERSON, "王建国") >= 0 && find(a, PG_T_ORGANIZATION, "宣传部") < 0,
     "... but no body when the chain names none (副县长、宣传部部长)");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "汉语国际教育学部"), PG_P_SUBORG, e, NULL) &&
         !has_fact(a, find(a, PG_T_PERSON, "郭鹏"), PG_P_AFFILIATION,
                   find(a, PG_T_ORGANIZATION, "汉语国际教育学部"), NULL),
     "a word that may open a name inside an office's name (汉语国际教育学部) "
     "gives it no name of its own");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "学校办公室"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "组织部"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "科研处"), PG_P_SUBORG, e, NULL),
     "a list of heads after the comma closing a person of a named body: that "
     "body's offices");
  pg_free_annot(a);
  a = run("会议在北京举行。学校办公室、组织部、科研处负责人参加。");
  ok(find(a, PG_T_ORGANIZATION, "组织部") >= 0 &&
         !has_fact(a, find(a, PG_T_ORGANIZATION, "组织部"), PG_P_SUBORG, -1, NULL),
     "... but not after no person");
  pg_free_annot(a);
  a = run("中方愿全力协助办好今年天津峰会。去年中国—中亚峰会在西安举行。");
  ok(find(a, PG_T_EVENT, "今年天津峰会") < 0 && find(a, PG_T_EVENT, "去年中国—中亚峰会") < 0,
     "今年 and 去年 are words of time, which open no name");
  pg_free_annot(a);
  a = run("李克强致电祝贺米舒斯京出任俄罗斯联邦政府总理。普京提名现任联邦税务局局长"
          "米哈伊尔·米舒斯京担任新一届政府总理。");
  e = find(a, PG_T_PERSON, "米舒斯京");
  ok(has_fact(a, e, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "俄罗斯联邦政府"), NULL) &&
         has_fact(a, e, PG_P_JOBTITLE, -1, "总理"),
     "a person found, a verb of holding a post and a named body's post (X出任…总理)");
  ok(find(a, PG_T_ORGANIZATION, "新一届政府") < 0,
     "... but not a post proposed (提名…担任)");
  pg_free_annot(a);
  a = run("陈军代表南开大学感谢国家部委相关研究机构的支持。感谢中方对涉委问题所持立场。");
  ok(find(a, PG_T_ORGANIZATION, "南开大学感谢国家部") < 0 &&
         find(a, PG_T_ORGANIZATION, "感谢国家部") < 0,
     "感谢 (thanks) ends a name");
  ok(find(a, PG_T_ORGANIZATION, "中方对涉委") < 0 && count_type(a, PG_T_ORGANIZATION) == 1,
     "... and a side (中方) with a preposition after it begins a clause");
  pg_free_annot(a);
  a = run("中国国际金融股份有限公司首席经济学家、中国首席经济学家论坛副理事长彭文生，"
          "博鳌亚洲论坛将于3月举行。");
  e = find(a, PG_T_PERSON, "彭文生");
  ok(has_fact(a, e, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "中国首席经济学家论坛"), NULL) &&
         has_fact(a, e, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "中国国际金融股份有限公司"), NULL),
     "a forum with a council's officer (论坛副理事长) is a body");
  pg_free_annot(a);
  a = run("报名开启｜2024中国AIGC产业峰会定档4月17日。4月17日，中国AIGC产业峰会将举办。"
          "学院召开国际法、海洋法主题Hi Dream论坛。");
  ok(find(a, PG_T_EVENT, "2024中国AIGC产业峰会") >= 0,
     "a Latin word inside an event's name after a year or a place");
  ok(find(a, PG_T_EVENT, "海洋法主题HiDream论坛") < 0 &&
         find(a, PG_T_EVENT, "海洋法主题Hi Dream论坛") < 0,
     "... but not after other words");
  pg_free_annot(a);
  a = run("2008年3月协助周亚辉先生创立昆仑万维。王先生说，各位女士先生好。"
          "怀孕近39周的程女士持续高热。");
  ok(find(a, PG_T_PERSON, "周亚辉") >= 0, "a full name before 先生 is a person's");
  ok(find(a, PG_T_PERSON, "王先生") < 0 && find(a, PG_T_PERSON, "周的程") < 0 &&
         count_type(a, PG_T_PERSON) == 1,
     "... but not a surname alone, nor words (39周的程女士)");
  pg_free_annot(a);
  a = run("林俊旸，阿里巴巴高级算法专家，目前为开源负责人。");
  e = find(a, PG_T_PERSON, "林俊旸");
  ok(has_fact(a, e, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "阿里巴巴"), NULL) &&
         has_fact(a, e, PG_P_JOBTITLE, -1, "高级算法专家"),
     "an apposition's post may hold a field between the body and the title, and "
     "专家 with its field is a post");
  pg_free_annot(a);
  a = run("陶然目前还担任加拿大不列颠哥伦比亚大学商学院兼职讲师，负责规划。"
          "中国传媒大学和澳大利亚国立大学签约。");
  e = find(a, PG_T_ORGANIZATION, "加拿大不列颠哥伦比亚大学");
  ok(has_fact(a, find(a, PG_T_PERSON, "陶然"), PG_P_AFFILIATION, e, NULL),
     "姓名目前还担任…: the name ends where the words before the verb begin");
  ok(e >= 0 && has_alias(a, e, "不列颠哥伦比亚大学"),
     "a foreign school after its country is called without it too");
  ok(find(a, PG_T_ORGANIZATION, "中国传媒大学") >= 0 &&
         find(a, PG_T_ORGANIZATION, "澳大利亚国立大学") >= 0 &&
         !has_alias(a, find(a, PG_T_ORGANIZATION, "中国传媒大学"), "传媒大学") &&
         !has_alias(a, find(a, PG_T_ORGANIZATION, "澳大利亚国立大学"), "国立大学"),
     "... but not 中国传媒大学, nor a name that needs its country (国立大学)");
  pg_free_annot(a);
  a = run("中国科学院物理研究所研究员吴令安出席。");
  e = find(a, PG_T_ORGANIZATION, "中国科学院");
  ok(has_fact(a, find(a, PG_T_PERSON, "吴令安"), PG_P_AFFILIATION, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "中国科学院物理研究所"), PG_P_SUBORG, e,
                  NULL),
     "a post right in an institute under its prefix name is the prefix body's");
  pg_free_annot(a);
  a = run("两国签署了共建“一带一路”合作规划。推动共建“一带一路”倡议高质量发展。");
  ok(find(a, PG_T_INITIATIVE, "共建一带一路合作规划") >= 0 &&
         find(a, PG_T_INITIATIVE, "一带一路合作规划") < 0,
     "共建 before a quoted programme's name opens it");
  ok(find(a, PG_T_INITIATIVE, "共建一带一路倡议") < 0,
     "... but not the lexicon's 共建“一带一路”倡议");
  pg_free_annot(a);
  a = run("俄罗斯联邦安全局近日警告说。要从全局出发。");
  ok(find(a, PG_T_ORGANIZATION, "俄罗斯联邦安全局") >= 0 && count_type(a, PG_T_ORGANIZATION) == 1,
     "安全局 is a head, whatever 全局 (the whole) blocks");
  pg_free_annot(a);
  a = run("会议由南开大学经济研究所、京津冀数字经济联盟承办。");
  ok(!has_fact(a, find(a, PG_T_ORGANIZATION, "京津冀数字经济联盟"), PG_P_SUBORG,
               find(a, PG_T_ORGANIZATION, "南开大学"), NULL),
     "a list after a unit: an alliance (联盟, 协会, 公司…) is a body of its own");
  pg_free_annot(a);
  a = run("越共中央对外部部长黎怀忠，朝鲜驻华大使李龙男等热烈祝贺。");
  ok(find(a, PG_T_PERSON, "李龙男") >= 0 &&
         !has_fact(a, find(a, PG_T_PERSON, "李龙男"), PG_P_AFFILIATION,
                   find(a, PG_T_ORGANIZATION, "越共中央"), NULL),
     "... nor when a place or body stands between the comma and the post");
  pg_free_annot(a);
  a = run("南开大学副校长李靖，校党委副书记梁琪，市委副书记邓云锋出席。");
  ok(has_fact(a, find(a, PG_T_PERSON, "梁琪"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "南开大学"), NULL),
     "... and 校 before the post after a university's person is that university");
  pg_free_annot(a);
  a = run("免去唐仁健的农业农村部部长职务；任命韩俊为农业农村部部长。任命李江舟、孙青野为"
          "中央人民政府驻香港特别行政区维护国家安全公署副署长。任命米舒斯京为新一任联邦政府"
          "总理。任命会议为期三天。");
  e = find(a, PG_T_ORGANIZATION, "农业农村部");
  ok(has_fact(a, find(a, PG_T_PERSON, "韩俊"), PG_P_AFFILIATION, e, NULL) &&
         has_fact(a, find(a, PG_T_PERSON, "韩俊"), PG_P_JOBTITLE, -1, "部长") &&
         has_fact(a, find(a, PG_T_PERSON, "唐仁健"), PG_P_AFFILIATION, e, NULL),
     "任命X为<body><post>, 免去X的<body><post>职务");
  ok(has_fact(a, find(a, PG_T_PERSON, "孙青野"), PG_P_JOBTITLE, -1, "副署长") &&
         has_fact(a, find(a, PG_T_PERSON, "米舒斯京"), PG_P_JOBTITLE, -1, "总理") &&
         find(a, PG_T_ORGANIZATION, "新一任联邦政府") < 0,
     "... names joined by 、, and 新一任 is no part of the body");
  ok(find(a, PG_T_PERSON, "会议") < 0, "... but the post must close the clause");
  pg_free_annot(a);
  a = run("一、授予王永志、王振义、李振声“共和国勋章”。授予田华（女）“人民艺术家”国家荣誉"
          "称号；授予迪尔玛·罗塞芙（女，巴西）“友谊勋章”。授予全体队员“英雄集体”称号。");
  ok(find(a, PG_T_PERSON, "王振义") >= 0 && find(a, PG_T_PERSON, "李振声") >= 0 &&
         find(a, PG_T_PERSON, "田华") >= 0 && find(a, PG_T_PERSON, "迪尔玛·罗塞芙") >= 0,
     "the names an honour in quotes is conferred on (授予X、Y“…勋章”), a note in "
     "parentheses after a name");
  ok(find(a, PG_T_PERSON, "全体队员") < 0, "... but not words that are no name");
  pg_free_annot(a);
  a = run("南开大学办公室、国内合作办公室、人事处、校友工作办公室和青岛市教育局负责人参加。");
  e = find(a, PG_T_ORGANIZATION, "南开大学");
  ok(has_fact(a, find(a, PG_T_ORGANIZATION, "人事处"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "国内合作办公室"), PG_P_SUBORG, e, NULL) &&
         has_fact(a, find(a, PG_T_ORGANIZATION, "校友工作办公室"), PG_P_SUBORG, e, NULL),
     "a list of offices after a body's office: each a unit of the body (an office "
     "of one character closing its item, 国内 opening a longer name)");
  pg_free_annot(a);
  a = run("希望青岛市各级政府支持。上海各级法院受理案件。");
  ok(find(a, PG_T_ORGANIZATION, "青岛市各级政府") < 0 &&
         find(a, PG_T_ORGANIZATION, "上海各级法院") < 0,
     "各级 and 各类 make a span a clause, no body's name");
  pg_free_annot(a);
  a = run("中石油免费给湖北省39家定点医院提供天然气。中国第七批赴马里维和部队出发。");
  ok(find(a, PG_T_ORGANIZATION, "湖北省39家定点医院") < 0,
     "a count of bodies (39家) is no name");
  pg_free_annot(a);
}

/* Local bodies written without their place: 省委, 市政府 (org.local). */
static void test_local_bodies(void)
{
  pg_annot *a;
  int p, o;

  a = run("河北省委成立了以省委书记王东峰为组长的领导机构。"
          "贵州省成立了以省委书记谌贻琴为组长的领导机构。");
  p = find(a, PG_T_PERSON, "王东峰");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "河北省委"),
              NULL),
     "local body: 省委 after 河北省委 is that body");
  o = find(a, PG_T_ORGANIZATION, "贵州省委");
  ok(has_fact(a, find(a, PG_T_PERSON, "谌贻琴"), PG_P_AFFILIATION, o, NULL),
     "... after the place 贵州省 in its paragraph: 贵州省委");
  ok(has_alias(a, o, "省委"), "... the written form its alias");
  ok(!has_fact(a, find(a, PG_T_PERSON, "谌贻琴"), PG_P_AFFILIATION,
               find(a, PG_T_ORGANIZATION, "河北省委"), NULL),
     "... not the body named first");
  pg_free_annot(a);

  a = run("广安市市委书记张彤出席。\n张彤指出，广安市作为家乡，市委、市政府将继续"
          "推进振兴。两高校将加强与广安市委、市政府的合作。");
  o = find(a, PG_T_ORGANIZATION, "广安市市委");
  ok(o >= 0 && find(a, PG_T_ORGANIZATION, "广安市委") < 0 &&
         a->ent[o].n_mention >= 3,
     "local body: 广安市市委, 市委 and 广安市委 are one body");
  ok(find(a, PG_T_ORGANIZATION, "广安市政府") >= 0,
     "... and 市政府 after the place 广安市 is 广安市政府");
  pg_free_annot(a);

  a = run("吴锦代表中共黄石市委、黄石市人民政府致辞。"
          "武汉市委常委李明出席。\n"
          "黄石市委书记王刚表示，市委、市政府将全力支持。");
  ok(find(a, PG_T_ORGANIZATION, "市政府") < 0 &&
         find(a, PG_T_ORGANIZATION, "市委") < 0,
     "local body: a body the text names in full gets no node of its own");
  ok(has_alias(a, find(a, PG_T_ORGANIZATION, "黄石市人民政府"), "市政府") == 0,
     "... nor an alias (the written form is no name)");
  pg_free_annot(a);

  a = run("省委人才工作会议在哈尔滨召开。省委书记许勤强调，要推动我省人才工作"
          "高质量发展。省政府有关副省长出席。");
  o = find(a, PG_T_ORGANIZATION, "省委");
  ok(has_fact(a, find(a, PG_T_PERSON, "许勤"), PG_P_AFFILIATION, o, NULL),
     "local body: 省委 in a text that says 我省 and names no province");
  ok(find(a, PG_T_ORGANIZATION, "省政府") >= 0, "... 省政府 too");
  pg_free_annot(a);

  a = run("省委书记要带头抓落实。各地市政府要加强统筹。");
  ok(count_type(a, PG_T_ORGANIZATION) == 0,
     "local body: none in a text that names no place (any province's)");
  pg_free_annot(a);

  a = run("习近平同志先后在福建厦门、宁德、福州和省委、省政府担任重要职务。");
  ok(find(a, PG_T_ORGANIZATION, "福州和省政府") < 0 &&
         find(a, PG_T_ORGANIZATION, "福建省政府") >= 0,
     "local body: the place last named at the level (福建), not a run of "
     "places");
  pg_free_annot(a);

  a = run("吉林省长春市人民政府发布通知。\n习近平听取了吉林省委和吉林省政府工作"
          "汇报。");
  ok(find(a, PG_T_ORGANIZATION, "吉林省政府") >= 0,
     "contraction: a province's body is none of a city's in it");
  pg_free_annot(a);

  a = run("论坛由四川大学经济学院院长蒋永穆教授、西安财经大学经济学院院长"
          "王军生教授主持。");
  {
    int u1 = find(a, PG_T_ORGANIZATION, "四川大学经济学院");
    int u2 = find(a, PG_T_ORGANIZATION, "西安财经大学经济学院");
    ok(u1 >= 0 && u2 >= 0 && find(a, PG_T_ORGANIZATION, "经济学院") < 0,
       "units of two bodies sharing a name are two units, each labelled "
       "with its parent's name");
    ok(has_fact(a, u2, PG_P_SUBORG,
                find(a, PG_T_ORGANIZATION, "西安财经大学"), NULL) &&
           !has_fact(a, u1, PG_P_SUBORG,
                     find(a, PG_T_ORGANIZATION, "西安财经大学"), NULL),
       "... each a unit of its own parent only");
  }
  pg_free_annot(a);

  a = run("天津市社科院党组书记、院长靳方华出席。社科院将继续支持研究院。"
          "中国社科院副院长王刚出席。");
  {
    int b = find(a, PG_T_ORGANIZATION, "天津市社科院");
    ok(b >= 0 && has_fact(a, find(a, PG_T_PERSON, "靳方华"),
                          PG_P_AFFILIATION, b, NULL),
       "local academy: 社科院 after 天津市 is the city's, not 中国社会科学院");
    ok(b >= 0 && a->ent[b].n_mention == 2,
       "... and 社科院 alone after it is that academy again");
    ok(has_fact(a, find(a, PG_T_PERSON, "王刚"), PG_P_AFFILIATION,
                find(a, PG_T_ORGANIZATION, "中国社会科学院"), NULL),
       "... while 中国社科院 stays the national one");
  }
  pg_free_annot(a);

  a = run("天津市科协常委会秘书长边守川出席。记者边走边看。");
  p = find(a, PG_T_PERSON, "边守川");
  ok(has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "天津市科协"),
              NULL) && has_fact(a, p, PG_P_JOBTITLE, -1, "秘书长"),
     "边 is a surname; 常委会 a unit of the body before it");
  ok(find(a, PG_T_PERSON, "边走边看") < 0, "... but 边走 opens no name");
  pg_free_annot(a);

  a = run("商务及经济发展局副局长陈百里出席。发展局副局长廖振新出席。"
          "国家文物局局长李群出席。会上，文物局局长李群表示支持。");
  {
    int hk = -1;
    size_t i;
    for (i = 0; i < a->ne; i++)
      if (has_alias(a, (int)i, "商务及经济发展局") ||
          !strcmp(a->ent[i].label, "商务及经济发展局"))
        hk = (int)i;
    ok(hk >= 0 && !has_alias(a, hk, "发展局"),
       "a known body's tail that drops more than qualifiers is another body");
    ok(has_alias(a, find(a, PG_T_ORGANIZATION, "国家文物局"), "文物局"),
       "... but one that drops only 国家 is the body");
  }
  pg_free_annot(a);

  a = run("湖北省十堰市太和医院派出医疗队。湖北十堰太和医院的医生出发。");
  ok(find(a, PG_T_ORGANIZATION, "湖北十堰太和医院") < 0 &&
         has_alias(a, find(a, PG_T_ORGANIZATION, "湖北省十堰市太和医院"),
                   "湖北十堰太和医院"),
     "... but one that names no division may drop them");
  pg_free_annot(a);
}

/* Rows of a list of appointments: body and post, a blank, the name. */
static void test_post_rows(void)
{
  pg_annot *a = run("新委任的副局长：\n\n发展局副局长 廖振新\n\n"
                    "环境局局长政治助理 欧咏芷\n\n教育局副局长 蔡若莲\n");
  int p = find(a, PG_T_PERSON, "廖振新");
  int o = find(a, PG_T_ORGANIZATION, "发展局");

  ok(p >= 0 && o >= 0 && has_fact(a, p, PG_P_AFFILIATION, o, NULL) &&
         has_fact(a, p, PG_P_JOBTITLE, -1, "副局长"),
     "post row: the body and post before the blank, the name after it");
  ok(find(a, PG_T_PERSON, "发展局") < 0 && find(a, PG_T_ORGANIZATION,
                                                "廖振新") < 0,
     "... not read as a name and its body (rec_row's columns)");
  p = find(a, PG_T_PERSON, "欧咏芷");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "政治助理") ||
         has_fact(a, p, PG_P_JOBTITLE, -1, "局长政治助理"),
     "... 政治助理 is a post");
  pg_free_annot(a);

  a = run("团队成员：\n冯佳时：豆包大模型视觉基础研究团队负责人；\n"
          "项亮 ：AML和豆包大模型Foundation负责人\n"
          "乔杰：以坚韧温柔护佑生命\n");
  p = find(a, PG_T_PERSON, "冯佳时");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "负责人") &&
         has_fact(a, find(a, PG_T_PERSON, "项亮"), PG_P_JOBTITLE, -1,
                  "负责人"),
     "name, colon and post: the person holds the title closing the phrase");
  ok(find(a, PG_T_PERSON, "乔杰") < 0,
     "... not a name before a headline that closes with no title");
  pg_free_annot(a);

  a = run("嘉宾：\n李开复：创新工场董事长\n");
  ok(has_fact(a, find(a, PG_T_PERSON, "李开复"), PG_P_JOBTITLE, -1, "董事长"),
     "... a person the lexicon knows too");
  pg_free_annot(a);

  a = run("研讨会召开，中央财经大学金融学院院长李建军教授，四川大学经济学院院长"
          "蒋永穆教授、重庆理工大学科研处副处长邱冬阳教授等3位教育部金融学类专业"
          "教指委委员，以及我校教务处处长曹三杰教授出席。");
  p = find(a, PG_T_PERSON, "蒋永穆");
  ok(has_fact(a, p, PG_P_JOBTITLE, -1, "委员") &&
         has_fact(a, find(a, PG_T_PERSON, "李建军"), PG_P_JOBTITLE, -1,
                  "委员") &&
         has_fact(a, p, PG_P_AFFILIATION, find(a, PG_T_ORGANIZATION, "教育部"),
                  NULL),
     "post after 等: each person of the run before it holds it, with its body");
  ok(!has_fact(a, find(a, PG_T_PERSON, "曹三杰"), PG_P_JOBTITLE, -1, "委员"),
     "... not a person after it (以及…)");
  pg_free_annot(a);

  a = run("会议由张三主持，李四出席。王五、赵六等专家发言。");
  ok(!has_fact(a, find(a, PG_T_PERSON, "张三"), PG_P_JOBTITLE, -1, "专家"),
     "... nor one outside the run (a verb between)");
  pg_free_annot(a);

  a = run("教授王刚现任北京大学副校长。研究员李明曾在清华大学担任教授，后来离开。"
          "外交部长王毅于北京会见来宾。");
  p = find(a, PG_T_PERSON, "王刚");
  ok(p >= 0 && has_fact(a, p, PG_P_JOBTITLE, -1, "副校长") &&
         has_fact(a, p, PG_P_AFFILIATION,
                  find(a, PG_T_ORGANIZATION, "北京大学"), NULL),
     "现任 after a name: a post held; 现 and 于 end the name (王刚, 王毅)");
  ok(find(a, PG_T_PERSON, "王毅于") < 0 && find(a, PG_T_PERSON, "王毅") >= 0,
     "... 于 is no part of a name");
  ok(has_fact(a, find(a, PG_T_PERSON, "李明"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "清华大学"), NULL),
     "在 a body, a verb of holding a post and its title: the post there");
  pg_free_annot(a);

  a = run("大众汽车集团将出资10亿欧元，获得安徽江淮汽车集团控股有限公司50%的"
          "股份。近日，教育部临床医学专业认证工作委员会获得世界医学教育联合会"
          "医学教育认证机构认定。");
  {
    size_t i, junk = 0;
    for (i = 0; i < a->ne; i++)
      junk += !strncmp(a->ent[i].label, "获得", 6);
    ok(junk == 0, "获得 ends a name on its left (no 获得世界医学教育联合会)");
  }
  pg_free_annot(a);

  a = run("四川省农村信用社联合社党委书记、理事长艾毓斌出席论坛。");
  ok(has_fact(a, find(a, PG_T_PERSON, "艾毓斌"), PG_P_AFFILIATION,
              find(a, PG_T_ORGANIZATION, "四川省农村信用社联合社"), NULL),
     "联合社 is an organization head");
  pg_free_annot(a);

  a = run("习近平出席中拉论坛第四届部长级会议开幕式并发表主旨讲话\n"
          "5月13日上午，国家主席习近平在国家会议中心出席中国－拉美和加勒比国家"
          "共同体论坛第四届部长级会议开幕式。2015年，我出席中拉论坛首届部长级"
          "会议开幕式。");
  {
    size_t i, n = 0, first = 0;
    for (i = 0; i < a->ne; i++)
      if (a->ent[i].type == PG_T_EVENT) {
        n += strstr(a->ent[i].label, "第四届部长级会议") != NULL;
        first += strstr(a->ent[i].label, "首届部长级会议") != NULL;
      }
    ok(n == 1, "a forum no table knows and its session; the short name "
               "(中拉论坛) and the full one are one event");
    ok(first == 1, "... and its first session (首届) another");
  }
  pg_free_annot(a);

  a = run("贯彻党的二十大精神和省第十三次党代会精神。市第十二次党代会在本市召开。"
          "全省召开第十三次党代会。");
  ok(find(a, PG_T_EVENT, "省第十三次党代会") >= 0 &&
         find(a, PG_T_EVENT, "市第十二次党代会") >= 0,
     "a level before a congress's ordinal: the place's own congress");
  ok(count_type(a, PG_T_EVENT) == 3, "... not 全省|第十三次党代会");
  pg_free_annot(a);

  a = run("佳木斯市2023年“市委书记进校园”引才活动5月10日在校举行。"
          "开展“学雷锋”志愿服务活动。");
  ok(find(a, PG_T_EVENT, "市委书记进校园") >= 0,
     "a quoted activity held (“…”引才活动5月10日在校举行) is an event");
  ok(find(a, PG_T_EVENT, "学雷锋") < 0, "... not one only carried out (开展)");
  pg_free_annot(a);

  a = run("他曾多次担任领域主席，程序主席等职务。");
  ok(find(a, PG_T_PERSON, "程序") < 0, "程序 opens no name (程序主席)");
  pg_free_annot(a);

  a = run("会议指出：\n\n要加强组织领导 张三\n");
  ok(find(a, PG_T_PERSON, "张三") < 0,
     "post row: none without a body and a post before the blank");
  pg_free_annot(a);
}

int main(void)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");

  rec = pg_new_recognizer(dd ? dd : "ontology", NULL);
  ok(rec != NULL, "recognizer loads its tables");
  if (!rec)
    return tap_done();
  test_intro();
  test_prefix_chain();
  test_credits();
  test_title_name();
  test_works();
  test_events();
  test_merge();
  test_short_forms();
  test_merge_indexes();
  test_more_patterns();
  test_offsets();
  test_unseen_forms();
  test_lists();
  test_congress();
  test_real_forms();
  test_news_forms();
  test_bare_heads();
  test_state_forms();
  test_session_forms();
  test_name_evidence();
  test_genre_forms();
  test_local_bodies();
  test_post_rows();
  pg_free_recognizer(rec);
  return tap_done();
}
