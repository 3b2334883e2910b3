/* test_relations.c - relation rules over hand-made annotation sets.
 *
 * Each case builds a document (clean text = original), marks the entity
 * mentions a recognizer would find, runs pg_relate and checks the facts:
 * those that must be there and those that must not.
 */
#include "pg_annot.h"
#include "pg_relations.h"
#include "pg_reltab.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static pg_relator *rel;

/* A document of text, split into sentences at 。 and line ends. */
static pg_annot *doc(const char *text, const char *date)
{
  pg_annot *a = pg_new_annot();
  pg_doc *d = &a->doc;
  size_t bad, i, b = 0;

  d->name = strdup("test");
  d->id = strdup("test");
  d->orig = strdup(text);
  d->orig_len = strlen(text);
  pg_utf8_decode(text, strlen(text), &d->ocp, &d->on, &bad);
  d->cn = d->on;
  d->ccp = malloc((d->cn + 1) * sizeof *d->ccp);
  d->map = malloc((d->cn + 1) * sizeof *d->map);
  for (i = 0; i <= d->cn; i++) {
    if (i < d->cn)
      d->ccp[i] = d->ocp[i];
    d->map[i] = i;
  }
  d->sent = malloc((d->cn + 1) * sizeof *d->sent);
  for (i = 0; i < d->cn; i++)
    if (d->ccp[i] == 0x3002 || d->ccp[i] == '\n' || i + 1 == d->cn) {
      d->sent[d->n_sent].b = b;
      d->sent[d->n_sent++].e = i + 1;
      b = i + 1;
    }
  if (date) {
    d->date = strdup(date);
    d->date_source = strdup("option");
  }
  return a;
}

static int find_entity(pg_annot *a, const char *label)
{
  size_t i;

  for (i = 0; i < a->ne; i++)
    if (!strcmp(a->ent[i].label, label))
      return (int)i;
  return -1;
}

/* Marks every occurrence of surface (not overlapping earlier marks) as a
 * mention of the entity labelled label (made when missing). */
static void mark_as(pg_annot *a, const char *surface, pg_etype t,
                    const char *label)
{
  uint32_t *w;
  size_t n, bad, i, j;
  int e = find_entity(a, label);

  pg_utf8_decode(surface, strlen(surface), &w, &n, &bad);
  if (e < 0)
    e = pg_annot_add_entity(a, t, label, NULL);
  for (i = 0; i + n <= a->doc.cn; i++) {
    int clash = 0;
    if (memcmp(a->doc.ccp + i, w, n * sizeof *w))
      continue;
    for (j = 0; j < a->nm; j++)
      if (a->m[j].cb < i + n && i < a->m[j].ce)
        clash = 1;
    if (!clash)
      pg_annot_link(a, pg_annot_add_mention(a, i, i + n, t, "test", -1), e);
  }
  free(w);
}

/* mark, at the first occurrence, even inside another mention (a country
 * filling a statement's name). */
static void mark_nested(pg_annot *a, const char *surface, pg_etype t,
                        const char *subtype)
{
  uint32_t *w;
  size_t n, bad, i;
  int e = find_entity(a, surface);

  pg_utf8_decode(surface, strlen(surface), &w, &n, &bad);
  if (e < 0)
    e = pg_annot_add_entity(a, t, surface, NULL);
  if (subtype && !a->ent[e].subtype)
    a->ent[e].subtype = strdup(subtype);
  for (i = 0; i + n <= a->doc.cn; i++)
    if (!memcmp(a->doc.ccp + i, w, n * sizeof *w)) {
      pg_annot_link(a, pg_annot_add_mention(a, i, i + n, t, "test", -1), e);
      break;
    }
  free(w);
}

static void mark(pg_annot *a, const char *surface, pg_etype t)
{
  mark_as(a, surface, t, surface);
}

/* mark, for a place of a subtype (country, city, venue …). */
static void mark_sub(pg_annot *a, const char *surface, pg_etype t,
                     const char *subtype)
{
  mark(a, surface, t);
  a->ent[find_entity(a, surface)].subtype = strdup(subtype);
}

/* Is there a fact subj pred obj (obj: entity label or literal)? */
static int has(pg_annot *a, const char *subj, pg_pred p, const char *obj)
{
  size_t i;

  for (i = 0; i < a->nf; i++) {
    const pg_fact *f = &a->f[i];
    const char *o = f->obj >= 0 ? a->ent[f->obj].label : f->lit;
    if (f->pred == p && !strcmp(a->ent[f->subj].label, subj) && o &&
        !strcmp(o, obj))
      return 1;
  }
  return 0;
}

static int count(pg_annot *a, pg_pred p)
{
  size_t i;
  int k = 0;

  for (i = 0; i < a->nf; i++)
    k += a->f[i].pred == p;
  return k;
}

static void dump(pg_annot *a)
{
  size_t i;

  for (i = 0; i < a->nf; i++) {
    const pg_fact *f = &a->f[i];
    printf("#   %s %s %s (%s, sentence %zu)\n", a->ent[f->subj].label,
           pg_pred_name(f->pred), f->obj >= 0 ? a->ent[f->obj].label : f->lit,
           f->rule, f->sent);
  }
}

static void run(pg_annot *a)
{
  ok(pg_relate(rel, a, NULL) == 0, "relate runs");
  if (getenv("PG_TEST_VERBOSE"))
    dump(a);
}

/* A team named by its leader: its work is the leader's. */
static void test_team(void)
{
  pg_annot *a = doc(
      "研究院院长李维安率领的公司治理评价课题组联合深圳市公司治理研究会发布了"
      "《治理评价报告》。王明团队发布了《数据报告》。",
      NULL);

  mark(a, "李维安", PG_T_PERSON);
  mark(a, "深圳市公司治理研究会", PG_T_ORGANIZATION);
  mark(a, "治理评价报告", PG_T_REPORT);
  mark(a, "王明", PG_T_PERSON);
  mark(a, "数据报告", PG_T_REPORT);
  run(a);
  ok(has(a, "治理评价报告", PG_P_PROPOSEDBY, "李维安") &&
         has(a, "治理评价报告", PG_P_PROPOSEDBY, "深圳市公司治理研究会"),
     "X率领的…课题组联合Y发布《…》: the team's leader and Y");
  ok(has(a, "数据报告", PG_P_PROPOSEDBY, "王明"), "X团队发布《…》: X");
  pg_free_annot(a);
}

/* 旗下 at a sentence's start: the body the sentence before ended with. */
static void test_owned(void)
{
  pg_annot *a = doc(
      "2008年，吴欣鸿创立美图公司。旗下产品美图秀秀、美颜相机长期占据第一名。"
      "王明表示满意。旗下产品光影魔术手很受欢迎。",
      NULL);

  mark(a, "吴欣鸿", PG_T_PERSON);
  mark(a, "美图公司", PG_T_ORGANIZATION);
  mark(a, "美图秀秀", PG_T_PRODUCT);
  mark(a, "美颜相机", PG_T_PRODUCT);
  mark(a, "王明", PG_T_PERSON);
  mark(a, "光影魔术手", PG_T_PRODUCT);
  run(a);
  ok(has(a, "美图秀秀", PG_P_DEVELOPEDBY, "美图公司") &&
         has(a, "美颜相机", PG_P_DEVELOPEDBY, "美图公司"),
     "。旗下产品A、B: the products of the body the sentence before ends with");
  ok(!has(a, "光影魔术手", PG_P_DEVELOPEDBY, "美图公司"),
     "... but not when that sentence names none");
  pg_free_annot(a);
}

static void test_proposed(void)
{
  pg_annot *a = doc(
      "美国依托硅谷创新生态和芯片产业优势抢占技术制高点，出台《芯片和科学法案》"
      "《国家人工智能研发战略计划》等，促进创新。欧盟通过《人工智能法案》《人工"
      "智能伦理公约》等，试图通过伦理标准构建差异化优势。欧洲通过英国人工智能机"
      "遇行动计划和法国1090亿欧元投资计划强化技术主权。2017年7月国务院印发并实施"
      "《新一代人工智能发展规划》，提出到2030年成为世界主要人工智能创新中心。",
      NULL);

  mark(a, "美国", PG_T_PLACE);
  mark(a, "硅谷", PG_T_PLACE);
  mark(a, "芯片和科学法案", PG_T_LAW);
  mark(a, "国家人工智能研发战略计划", PG_T_INITIATIVE);
  mark(a, "欧盟", PG_T_ORGANIZATION);
  mark(a, "人工智能法案", PG_T_LAW);
  mark(a, "人工智能伦理公约", PG_T_LAW);
  mark(a, "欧洲", PG_T_PLACE);
  mark(a, "英国人工智能机遇行动计划", PG_T_INITIATIVE);
  mark(a, "英国", PG_T_PLACE);
  mark(a, "法国", PG_T_PLACE);
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "新一代人工智能发展规划", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "芯片和科学法案", PG_P_PROPOSEDBY, "美国"),
     "subject of an earlier clause issues the law");
  ok(has(a, "国家人工智能研发战略计划", PG_P_PROPOSEDBY, "美国"),
     "coordinated objects distribute");
  ok(has(a, "人工智能法案", PG_P_PROPOSEDBY, "欧盟"), "欧盟通过《…》");
  ok(has(a, "人工智能伦理公约", PG_P_PROPOSEDBY, "欧盟"), "second object");
  ok(!has(a, "英国人工智能机遇行动计划", PG_P_PROPOSEDBY, "欧洲"),
     "通过 as 'by means of' proposes nothing");
  ok(has(a, "英国人工智能机遇行动计划", PG_P_PROPOSEDBY, "英国"),
     "a country heading an initiative's name proposes it");
  ok(has(a, "新一代人工智能发展规划", PG_P_PROPOSEDBY, "国务院"),
     "印发并实施");
  ok(has(a, "新一代人工智能发展规划", PG_P_DATE, "2017-07"),
     "date opening the clause");
  ok(!has(a, "新一代人工智能发展规划", PG_P_DATE, "2030"),
     "a target year is no date");
  is_int(count(a, PG_P_DATE), 1, "one date only");
  pg_free_annot(a);

  a = doc("由南开大学、比萨圣安娜大学合作完成的专项研究报告《航空食品的作用研究"
          "——以东航为例》正式发布。中国提前10年完成了《联合国2030年可持续发展议程》"
          "中的减贫目标。",
          NULL);
  mark(a, "南开大学", PG_T_ORGANIZATION);
  mark(a, "比萨圣安娜大学", PG_T_ORGANIZATION);
  mark(a, "航空食品的作用研究——以东航为例", PG_T_REPORT);
  mark(a, "中国", PG_T_PLACE);
  mark(a, "联合国2030年可持续发展议程", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "航空食品的作用研究——以东航为例", PG_P_PROPOSEDBY, "南开大学") &&
         has(a, "航空食品的作用研究——以东航为例", PG_P_PROPOSEDBY,
             "比萨圣安娜大学"),
     "由A、B合作完成的研究报告《X》: both issue X (合作 an adverb, the genre "
     "noun before the title)");
  ok(!has(a, "联合国2030年可持续发展议程", PG_P_PROPOSEDBY, "中国"),
     "... but 完成 alone accomplishes, it issues nothing");
  pg_free_annot(a);

  /* the recognizer's posts, which own_title reads */
  {
    pg_annot *b = doc("研究院首席经济学家、南开大学刘刚教授以“选择”为题，发布了《智能网联汽车"
                      "社会实验报告》。", NULL);
    int pe, oe, ne;
    mark(b, "研究院", PG_T_ORGANIZATION);
    mark(b, "南开大学", PG_T_ORGANIZATION);
    mark(b, "刘刚", PG_T_PERSON);
    mark(b, "智能网联汽车社会实验报告", PG_T_REPORT);
    pe = find_entity(b, "刘刚");
    oe = find_entity(b, "南开大学");
    ne = find_entity(b, "研究院");
    ok(pe >= 0 && oe >= 0 && ne >= 0, "entities marked");
    pg_annot_add_fact(b, pe, PG_P_JOBTITLE, -1, -1, "首席经济学家", PG_LIT_ZH, 0,
                      "person.title");
    pg_annot_add_fact(b, pe, PG_P_JOBTITLE, -1, -1, "教授", PG_LIT_ZH, 0,
                      "person.title");
    run(b);
    ok(has(b, "智能网联汽车社会实验报告", PG_P_PROPOSEDBY, "刘刚") &&
           !has(b, "智能网联汽车社会实验报告", PG_P_PROPOSEDBY, "研究院") &&
           !has(b, "智能网联汽车社会实验报告", PG_P_PROPOSEDBY, "南开大学"),
       "a clause opened by posts coordinated before a person (…首席经济学家、"
       "南开大学刘刚教授): the person acts, not the bodies");
    pg_free_annot(b);
  }
}

static void test_declarations(void)
{
  pg_annot *a = doc(
      "2024年7月，我国举办2024世界人工智能大会暨人工智能全球治理高级别会议，发表"
      "了《人工智能全球治理上海宣言》，同各方推动联合国大会通过加强人工智能能力建设"
      "国际合作决议。日前，2025年人工智能造福人类全球峰会在瑞士举办，峰会发布了《联"
      "合主席声明》，提出十大愿景。今年2月，人工智能行动峰会在法国举办，来自30多个国"
      "家的国家元首出席峰会并共同发布《关于人工智能的声明》。2024年7月，我国推动第七"
      "十八届联合国大会协商一致通过加强人工智能能力建设国际合作决议。",
      "2025");

  mark_as(a, "我国", PG_T_PLACE, "中国");
  mark(a, "2024世界人工智能大会暨人工智能全球治理高级别会议", PG_T_EVENT);
  mark(a, "人工智能全球治理上海宣言", PG_T_DECLARATION);
  mark(a, "加强人工智能能力建设国际合作决议", PG_T_DECLARATION);
  mark(a, "第七十八届联合国大会", PG_T_EVENT);
  mark(a, "联合国大会", PG_T_ORGANIZATION);
  mark(a, "2025年人工智能造福人类全球峰会", PG_T_EVENT);
  mark(a, "瑞士", PG_T_PLACE);
  mark(a, "联合主席声明", PG_T_DECLARATION);
  mark(a, "人工智能行动峰会", PG_T_EVENT);
  mark(a, "法国", PG_T_PLACE);
  mark(a, "关于人工智能的声明", PG_T_DECLARATION);
  run(a);
  ok(has(a, "人工智能全球治理上海宣言", PG_P_PROPOSEDBY, "中国"),
     "declaration issued by the sentence subject");
  ok(has(a, "人工智能全球治理上海宣言", PG_P_ADOPTEDAT,
         "2024世界人工智能大会暨人工智能全球治理高级别会议"),
     "adopted at the event held in the sentence");
  ok(has(a, "人工智能全球治理上海宣言", PG_P_DATE, "2024-07"), "its date");
  ok(has(a, "2024世界人工智能大会暨人工智能全球治理高级别会议", PG_P_DATE,
         "2024-07"),
     "the event held takes the date");
  ok(!has(a, "加强人工智能能力建设国际合作决议", PG_P_PROPOSEDBY,
          "联合国大会"),
     "an assembly adopting a resolution does not propose it");
  ok(!has(a, "加强人工智能能力建设国际合作决议", PG_P_ADOPTEDAT,
          "2024世界人工智能大会暨人工智能全球治理高级别会议"),
     "an explicit adopter blocks the event of the sentence");
  ok(has(a, "加强人工智能能力建设国际合作决议", PG_P_ADOPTEDAT,
         "第七十八届联合国大会"),
     "adopted by the session");
  ok(has(a, "加强人工智能能力建设国际合作决议", PG_P_DATE, "2024-07"),
     "resolution date");
  ok(!has(a, "第七十八届联合国大会", PG_P_DATE, "2024-07"),
     "an adopting session gets no date from the actor's clause");
  ok(has(a, "2025年人工智能造福人类全球峰会", PG_P_LOCATION, "瑞士"),
     "在瑞士举办");
  ok(has(a, "联合主席声明", PG_P_ADOPTEDAT, "2025年人工智能造福人类全球峰会"),
     "峰会发布了: the summit of the sentence");
  ok(!has(a, "联合主席声明", PG_P_PROPOSEDBY,
          "2025年人工智能造福人类全球峰会"),
     "an event adopts declarations, it does not propose them");
  ok(has(a, "人工智能行动峰会", PG_P_DATE, "2025-02"), "今年2月");
  ok(has(a, "人工智能行动峰会", PG_P_LOCATION, "法国"), "在法国举办");
  ok(has(a, "关于人工智能的声明", PG_P_ADOPTEDAT, "人工智能行动峰会"),
     "declaration of the attendees: adopted at the summit");
  ok(!has(a, "关于人工智能的声明", PG_P_DATE, "2025-02"),
     "a clause with an unknown subject ends the date's scope");
  pg_free_annot(a);
}

static void test_events_and_dates(void)
{
  pg_annot *a = doc(
      "7月26日至28日,2025世界人工智能大会暨人工智能全球治理高级别会议将在上海举办。"
      "2024年\"人工智能+\"首次被写入《政府工作报告》，同年中央经济工作会议提出开展"
      "\"人工智能+\"行动。2025年7月4日，我国在人权理事会第五十九届会议作共同发言。"
      "美国2021年出台《国家人工智能倡议法案》，不断以商业手段巩固优势，同时以\"全国人"
      "工智能人才激增计划\"等系列行动构建完善人才体系。",
      NULL);

  mark(a, "2025世界人工智能大会暨人工智能全球治理高级别会议", PG_T_EVENT);
  mark(a, "上海", PG_T_PLACE);
  mark(a, "政府工作报告", PG_T_REPORT);
  mark(a, "中央经济工作会议", PG_T_EVENT);
  mark_as(a, "\"人工智能+\"行动", PG_T_INITIATIVE, "人工智能+行动");
  mark_as(a, "我国", PG_T_PLACE, "中国");
  mark(a, "人权理事会第五十九届会议", PG_T_EVENT);
  mark(a, "美国", PG_T_PLACE);
  mark(a, "国家人工智能倡议法案", PG_T_LAW);
  mark(a, "全国人工智能人才激增计划", PG_T_INITIATIVE);
  run(a);
  is_str(a->doc.date, "2025", "document year inferred");
  is_str(a->doc.date_source, "text:latest-year", "inference stated");
  ok(has(a, "2025世界人工智能大会暨人工智能全球治理高级别会议", PG_P_STARTDATE,
         "2025-07-26"),
     "start date, year from the event's name");
  ok(has(a, "2025世界人工智能大会暨人工智能全球治理高级别会议", PG_P_ENDDATE,
         "2025-07-28"),
     "end date");
  ok(has(a, "2025世界人工智能大会暨人工智能全球治理高级别会议", PG_P_LOCATION,
         "上海"),
     "将在上海举办");
  ok(has(a, "人工智能+行动", PG_P_PROPOSEDBY, "中央经济工作会议"),
     "an event proposes an initiative");
  ok(!has(a, "人工智能+行动", PG_P_DATE, "2024"),
     "同年 dates are not emitted by default");
  ok(has(a, "人权理事会第五十九届会议", PG_P_DATE, "2025-07-04"),
     "在<event> takes the clause's date");
  ok(has(a, "国家人工智能倡议法案", PG_P_PROPOSEDBY, "美国"), "美国2021年出台");
  ok(has(a, "国家人工智能倡议法案", PG_P_DATE, "2021"), "in-clause year");
  ok(has(a, "全国人工智能人才激增计划", PG_P_PROPOSEDBY, "美国"),
     "以<initiative>: the sentence subject carries it out");
  ok(!has(a, "全国人工智能人才激增计划", PG_P_DATE, "2021"),
     "a date inside a clause stays in that clause");
  pg_free_annot(a);
}

static void test_products_founders(void)
{
  pg_annot *a = doc(
      "百度旗下的自动驾驶出行服务平台\"萝卜快跑\"已在北京提供服务。阿里巴巴达摩院推出"
      "首个基于东南亚语言训练的人工智能大模型版本 SeaLLM，填补空白。我国同赞比亚共同"
      "发起成立人工智能能力建设国际合作之友小组。阿里巴巴旗下的阿里云发布了通义千问东"
      "盟多语言版。阿里巴巴推出的通义千问、腾讯研发的混元大模型等加快迭代。支持科大讯"
      "飞、华为等单位共同发起成立创新联盟。华为的盘古大模型表现突出。百度的深度学习研究院"
      "成果丰硕。由百度发起成立的"
      "开源联盟发展迅速。2020年11月，《区域协定》正式签署。《网络法》相继施行。"
      "博览会期间，深圳市与赛迪研究院签署合作协议，并共同发布《产业白皮书》。"
      "杭州举办数字大会，赵六出席并致辞。我国举办数字峰会。"
      "产业联盟由信通院等单位于2017年发起成立。信通院发布报告称盘古大模型用户增长。",
      "2026-05-20");

  mark(a, "百度", PG_T_ORGANIZATION);
  mark(a, "萝卜快跑", PG_T_PRODUCT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "阿里巴巴达摩院", PG_T_ORGANIZATION);
  mark(a, "东南亚", PG_T_PLACE);
  mark(a, "SeaLLM", PG_T_PRODUCT);
  mark_as(a, "我国", PG_T_PLACE, "中国");
  mark(a, "赞比亚", PG_T_PLACE);
  mark(a, "人工智能能力建设国际合作之友小组", PG_T_ORGANIZATION);
  mark(a, "通义千问东盟多语言版", PG_T_PRODUCT);
  mark(a, "阿里巴巴", PG_T_ORGANIZATION);
  mark(a, "阿里云", PG_T_ORGANIZATION);
  mark(a, "通义千问", PG_T_PRODUCT);
  mark(a, "腾讯", PG_T_ORGANIZATION);
  mark(a, "混元大模型", PG_T_PRODUCT);
  mark(a, "科大讯飞", PG_T_ORGANIZATION);
  mark(a, "华为", PG_T_ORGANIZATION);
  mark(a, "创新联盟", PG_T_ORGANIZATION);
  mark(a, "盘古大模型", PG_T_PRODUCT);
  mark(a, "深度学习研究院", PG_T_ORGANIZATION);
  mark(a, "开源联盟", PG_T_ORGANIZATION);
  mark(a, "区域协定", PG_T_LAW);
  mark(a, "网络法", PG_T_LAW);
  mark_as(a, "深圳市", PG_T_PLACE, "深圳");
  mark(a, "赛迪研究院", PG_T_ORGANIZATION);
  mark(a, "产业白皮书", PG_T_REPORT);
  mark(a, "数字大会", PG_T_EVENT);
  mark(a, "数字峰会", PG_T_EVENT);
  mark(a, "赵六", PG_T_PERSON);
  mark(a, "产业联盟", PG_T_ORGANIZATION);
  mark(a, "信通院", PG_T_ORGANIZATION);
  mark_sub(a, "杭州", PG_T_PLACE, "city");
  a->ent[find_entity(a, "中国")].subtype = strdup("country");
  run(a);
  ok(has(a, "盘古大模型", PG_P_DEVELOPEDBY, "华为"), "X的Y (product)");
  ok(has(a, "深度学习研究院", PG_P_SUBORG, "百度"), "X的Y (unit)");
  ok(has(a, "开源联盟", PG_P_FOUNDER, "百度"), "由X发起成立的Y");
  ok(has(a, "区域协定", PG_P_DATE, "2020-11"), "《X》正式签署: its date");
  ok(has(a, "产业白皮书", PG_P_PROPOSEDBY, "深圳") &&
         has(a, "产业白皮书", PG_P_PROPOSEDBY, "赛迪研究院"),
     "a coordinated clause subject distributes when inherited");
  is_int(count(a, PG_P_PROPOSEDBY), 2, "and no proposer made up");
  ok(has(a, "数字大会", PG_P_LOCATION, "杭州"), "a city hosting an event");
  ok(!has(a, "数字峰会", PG_P_LOCATION, "中国"), "a country hosting: no place");
  ok(has(a, "数字大会", PG_P_ATTENDEE, "赵六"), "出席并致辞");
  ok(has(a, "产业联盟", PG_P_FOUNDER, "信通院"), "Y由X等单位于2017年发起成立");
  ok(!has(a, "盘古大模型", PG_P_DEVELOPEDBY, "信通院"),
     "a product in what a report says is not the reporter's");
  ok(has(a, "萝卜快跑", PG_P_DEVELOPEDBY, "百度"), "X旗下的…平台\"Y\"");
  ok(has(a, "SeaLLM", PG_P_DEVELOPEDBY, "阿里巴巴达摩院"),
     "推出 with a long modifier");
  ok(has(a, "人工智能能力建设国际合作之友小组", PG_P_FOUNDER, "中国"),
     "co-founder 1");
  ok(has(a, "人工智能能力建设国际合作之友小组", PG_P_FOUNDER, "赞比亚"),
     "co-founder 2 (同)");
  ok(has(a, "阿里云", PG_P_SUBORG, "阿里巴巴"), "旗下 unit");
  ok(has(a, "通义千问东盟多语言版", PG_P_DEVELOPEDBY, "阿里云"),
     "the nearest agent develops");
  ok(!has(a, "通义千问东盟多语言版", PG_P_DEVELOPEDBY, "阿里巴巴"),
     "not the parent");
  ok(has(a, "通义千问", PG_P_DEVELOPEDBY, "阿里巴巴"), "X推出的Y");
  ok(has(a, "混元大模型", PG_P_DEVELOPEDBY, "腾讯"), "X研发的Y");
  ok(has(a, "创新联盟", PG_P_FOUNDER, "科大讯飞") &&
         has(a, "创新联盟", PG_P_FOUNDER, "华为"),
     "等单位共同发起成立");
  pg_free_annot(a);
}

static void test_conference(void)
{
  pg_annot *a = doc(
      "发布时间：2026-09-13 19:06　来源：新华社\n"
      "2026中国—东盟数字经济合作论坛在南宁举行 会议发表《南宁宣言》\n"
      "2026中国—东盟数字经济合作论坛于2026年9月12日至13日在广西南宁举行。来自中国"
      "和东盟10国的企业代表约800人参加论坛。国家数据局副局长沈卓然、东盟秘书处副秘书"
      "长阮氏秋香出席开幕式并致辞。马来西亚数字部等东盟国家负责人，以及华为、腾讯等企"
      "业代表参加论坛。他介绍，去年10月，在马来西亚吉隆坡举行的第28次中国—东盟领导人"
      "会议期间，双方签署了《升级议定书》，为合作提供保障。13日下午的闭幕式上，会议发"
      "表了《中国—东盟数字经济合作南宁宣言》。与会各方还通过了《合作共识》，同意探索"
      "。第23届中国—东盟博览会将于9月17日至21日在南宁举行。中国信息通信研究院与东盟"
      "秘书处联合提出《合作倡议》。",
      NULL);

  mark_as(a, "2026中国—东盟数字经济合作论坛", PG_T_EVENT, "论坛");
  mark(a, "中国—东盟数字经济合作南宁宣言", PG_T_DECLARATION);
  mark_as(a, "南宁宣言", PG_T_DECLARATION, "中国—东盟数字经济合作南宁宣言");
  mark(a, "第28次中国—东盟领导人会议", PG_T_EVENT);
  mark(a, "第23届中国—东盟博览会", PG_T_EVENT);
  mark(a, "中国信息通信研究院", PG_T_ORGANIZATION);
  mark(a, "东盟秘书处", PG_T_ORGANIZATION);
  mark(a, "国家数据局", PG_T_ORGANIZATION);
  mark(a, "马来西亚数字部", PG_T_ORGANIZATION);
  mark(a, "沈卓然", PG_T_PERSON);
  mark(a, "阮氏秋香", PG_T_PERSON);
  mark(a, "华为", PG_T_ORGANIZATION);
  mark(a, "腾讯", PG_T_ORGANIZATION);
  mark(a, "东盟", PG_T_ORGANIZATION);
  mark(a, "新华社", PG_T_ORGANIZATION);
  mark(a, "广西", PG_T_PLACE);
  mark(a, "南宁", PG_T_PLACE);
  mark(a, "马来西亚", PG_T_PLACE);
  mark(a, "吉隆坡", PG_T_PLACE);
  mark(a, "中国", PG_T_PLACE);
  mark(a, "升级议定书", PG_T_LAW);
  mark(a, "合作共识", PG_T_DECLARATION);
  mark(a, "合作倡议", PG_T_INITIATIVE);
  run(a);
  is_str(a->doc.date, "2026-09-13", "dateline");
  is_str(a->doc.date_source, "text:dateline", "dateline rule");
  ok(has(a, "论坛", PG_P_LOCATION, "南宁"), "the last of adjacent places");
  ok(!has(a, "论坛", PG_P_LOCATION, "广西"), "not the province");
  ok(has(a, "论坛", PG_P_STARTDATE, "2026-09-12"), "start date");
  ok(has(a, "论坛", PG_P_ENDDATE, "2026-09-13"), "end date");
  ok(has(a, "中国—东盟数字经济合作南宁宣言", PG_P_ADOPTEDAT, "论坛"),
     "会议发表: adopted at the forum");
  ok(has(a, "中国—东盟数字经济合作南宁宣言", PG_P_DATE, "2026-09-13"),
     "13日 against the last absolute date");
  ok(has(a, "合作共识", PG_P_ADOPTEDAT, "论坛"), "与会各方通过");
  ok(has(a, "论坛", PG_P_ATTENDEE, "沈卓然") &&
         has(a, "论坛", PG_P_ATTENDEE, "阮氏秋香"),
     "persons attending the opening");
  ok(!has(a, "论坛", PG_P_ATTENDEE, "国家数据局"),
     "their organizations are not attendees");
  ok(has(a, "论坛", PG_P_ATTENDEE, "华为") &&
         has(a, "论坛", PG_P_ATTENDEE, "腾讯") &&
         has(a, "论坛", PG_P_ATTENDEE, "马来西亚数字部"),
     "organizations, also in the clause before 以及");
  ok(!has(a, "论坛", PG_P_ATTENDEE, "东盟"), "not after 等, not after 来自");
  ok(has(a, "第28次中国—东盟领导人会议", PG_P_DATE, "2025-10"),
     "去年10月 举行的");
  ok(has(a, "第28次中国—东盟领导人会议", PG_P_LOCATION, "吉隆坡"),
     "在马来西亚吉隆坡举行的");
  ok(has(a, "升级议定书", PG_P_DATE, "2025-10"), "双方签署 keeps the date");
  ok(has(a, "第23届中国—东盟博览会", PG_P_DATE, "2026-09-17"),
     "partial date, document year");
  ok(has(a, "第23届中国—东盟博览会", PG_P_LOCATION, "南宁"), "将于…在南宁举行");
  ok(has(a, "合作倡议", PG_P_PROPOSEDBY, "中国信息通信研究院") &&
         has(a, "合作倡议", PG_P_PROPOSEDBY, "东盟秘书处"),
     "A与B联合提出");
  pg_free_annot(a);
}

static void test_announcement(void)
{
  pg_annot *a = doc(
      "安徽省人民政府办公厅关于印发安徽省试点工作实施方案的通知\n"
      "安徽省人民政府办公厅\n2026年3月18日\n"
      "经省政府同意，现将《安徽省试点工作实施方案》印发给你们。"
      "为深入贯彻《国务院关于深入实施\"人工智能+\"行动的意见》，制定本方案。"
      "试点项目按照《安徽省试点项目管理办法》执行，该办法由省数据资源管理局、省经济"
      "和信息化厅另行制定印发。"
      "试点成果将在今年9月于合肥举办的2026世界制造业大会上集中展示。"
      "依托科大讯飞研发的讯飞星火大模型，建设行业大模型。",
      NULL);

  mark(a, "安徽省人民政府办公厅", PG_T_ORGANIZATION);
  mark(a, "安徽省试点工作实施方案", PG_T_INITIATIVE);
  mark_as(a, "省政府", PG_T_ORGANIZATION, "安徽省人民政府");
  mark(a, "国务院关于深入实施\"人工智能+\"行动的意见", PG_T_INITIATIVE);
  mark(a, "安徽省试点项目管理办法", PG_T_LAW);
  mark_as(a, "省数据资源管理局", PG_T_ORGANIZATION, "安徽省数据资源管理局");
  mark_as(a, "省经济和信息化厅", PG_T_ORGANIZATION, "安徽省经济和信息化厅");
  mark(a, "合肥", PG_T_PLACE);
  mark(a, "2026世界制造业大会", PG_T_EVENT);
  mark(a, "科大讯飞", PG_T_ORGANIZATION);
  mark(a, "讯飞星火大模型", PG_T_PRODUCT);
  mark(a, "国务院", PG_T_ORGANIZATION);
  run(a);
  is_str(a->doc.date, "2026-03-18", "date line under the title");
  ok(has(a, "安徽省试点工作实施方案", PG_P_PROPOSEDBY, "安徽省人民政府办公厅"),
     "notice title: X关于印发Y");
  ok(has(a, "国务院关于深入实施\"人工智能+\"行动的意见", PG_P_PROPOSEDBY,
         "国务院"),
     "issuer named in the title");
  ok(has(a, "安徽省试点项目管理办法", PG_P_PROPOSEDBY, "安徽省数据资源管理局") &&
         has(a, "安徽省试点项目管理办法", PG_P_PROPOSEDBY,
             "安徽省经济和信息化厅"),
     "该办法由X、Y制定印发");
  ok(has(a, "2026世界制造业大会", PG_P_LOCATION, "合肥"), "于合肥举办的");
  ok(has(a, "2026世界制造业大会", PG_P_DATE, "2026-09"), "今年9月");
  ok(has(a, "讯飞星火大模型", PG_P_DEVELOPEDBY, "科大讯飞"), "X研发的Y");
  pg_free_annot(a);
}

static void test_more_patterns(void)
{
  pg_annot *a = doc(
      "2024年11月，在浙江乌镇举办的世界互联网大会乌镇峰会上，我国发布《数据宣言》。"
      "中国数字论坛在北京开幕，张三参加培训。中国数字论坛设分会场。会议在杭州举行，李四出席会议并致辞。"
      "同年中央经济工作会议提出开展数字行动。《数据法》由全国人大通过。"
      "工信部、网信办、发改委三部门联合印发《算力计划》。我国以《算力计划》为指导。"
      "省数据局会同省财政厅印发《补助办法》。王五参加了中国数字论坛。"
      "同年12月，安全峰会在英国举行，中国与美国、欧盟等28个国家和地区共同签署《安全宣言》。",
      "2025-01-01");

  mark(a, "世界互联网大会乌镇峰会", PG_T_EVENT);
  mark(a, "浙江", PG_T_PLACE);
  mark(a, "乌镇", PG_T_PLACE);
  mark_as(a, "我国", PG_T_PLACE, "中国");
  mark(a, "数据宣言", PG_T_DECLARATION);
  mark(a, "中国数字论坛", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "杭州", PG_T_PLACE);
  mark(a, "张三", PG_T_PERSON);
  mark(a, "李四", PG_T_PERSON);
  mark(a, "王五", PG_T_PERSON);
  mark(a, "安全峰会", PG_T_EVENT);
  mark(a, "中国", PG_T_PLACE);
  mark(a, "英国", PG_T_PLACE);
  mark(a, "美国", PG_T_PLACE);
  mark(a, "欧盟", PG_T_ORGANIZATION);
  mark(a, "安全宣言", PG_T_DECLARATION);
  mark(a, "数字行动", PG_T_INITIATIVE);
  mark(a, "数据法", PG_T_LAW);
  mark(a, "全国人大", PG_T_ORGANIZATION);
  mark(a, "工信部", PG_T_ORGANIZATION);
  mark(a, "网信办", PG_T_ORGANIZATION);
  mark(a, "发改委", PG_T_ORGANIZATION);
  mark(a, "算力计划", PG_T_INITIATIVE);
  mark(a, "省数据局", PG_T_ORGANIZATION);
  mark(a, "省财政厅", PG_T_ORGANIZATION);
  mark(a, "补助办法", PG_T_LAW);
  run(a);
  ok(has(a, "算力计划", PG_P_PROPOSEDBY, "工信部") &&
         has(a, "算力计划", PG_P_PROPOSEDBY, "网信办") &&
         has(a, "算力计划", PG_P_PROPOSEDBY, "发改委"),
     "X、Y、Z三部门联合印发");
  ok(!has(a, "算力计划", PG_P_PROPOSEDBY, "中国"), "以X为指导 is no proposal");
  ok(has(a, "补助办法", PG_P_PROPOSEDBY, "省数据局") &&
         has(a, "补助办法", PG_P_PROPOSEDBY, "省财政厅"),
     "X会同Y印发");
  ok(has(a, "世界互联网大会乌镇峰会", PG_P_LOCATION, "乌镇"),
     "在浙江乌镇举办的<event>: the nearer place");
  ok(has(a, "世界互联网大会乌镇峰会", PG_P_DATE, "2024-11"), "held date");
  ok(has(a, "数据宣言", PG_P_ADOPTEDAT, "世界互联网大会乌镇峰会"),
     "在<event>上，X发布<declaration>");
  ok(has(a, "数据宣言", PG_P_PROPOSEDBY, "中国"), "and X issued it");
  ok(has(a, "数据宣言", PG_P_DATE, "2024-11"),
     "the date survives the locative clause");
  ok(has(a, "中国数字论坛", PG_P_LOCATION, "北京"), "在北京开幕");
  ok(!has(a, "中国数字论坛", PG_P_ATTENDEE, "张三"),
     "参加<non-event> is no attendance");
  ok(has(a, "中国数字论坛", PG_P_LOCATION, "杭州"),
     "会议在杭州举行: the main event");
  ok(has(a, "中国数字论坛", PG_P_ATTENDEE, "李四"), "出席会议");
  ok(has(a, "中国数字论坛", PG_P_ATTENDEE, "王五"), "参加了<event>");
  ok(!has(a, "数字行动", PG_P_PROPOSEDBY, "中国数字论坛"),
     "the tail of an unrecognized name is no event reference");
  ok(has(a, "数据法", PG_P_PROPOSEDBY, "全国人大"), "passive 由X通过");
  ok(has(a, "安全峰会", PG_P_DATE, "2024-12"),
     "同年12月 names its month: emitted");
  ok(has(a, "安全宣言", PG_P_PROPOSEDBY, "中国") &&
         has(a, "安全宣言", PG_P_PROPOSEDBY, "美国") &&
         has(a, "安全宣言", PG_P_PROPOSEDBY, "欧盟"),
     "等28个国家和地区共同签署");
  ok(has(a, "安全宣言", PG_P_ADOPTEDAT, "安全峰会"),
     "signed where the event of an earlier clause was held");
  pg_free_annot(a);
}

static void test_doc_date(void)
{
  pg_annot *a = doc("新华社日内瓦4月18日电 论坛17日举行。2024年10月，美国出台规则。"
                    "明年4月，2026年治理论坛将在巴黎举办。2025年治理论坛17日在日内瓦举行。",
                    NULL);

  mark(a, "2026年治理论坛", PG_T_EVENT);
  mark(a, "2025年治理论坛", PG_T_EVENT);
  run(a);
  is_str(a->doc.date, "2025-04-18",
         "year of a past event's name, month and day of the dateline");
  is_str(a->doc.date_source, "text:dateline-year-from-text", "rule named");
  ok(has(a, "2026年治理论坛", PG_P_DATE, "2026-04"),
     "明年 against the inferred date");
  ok(has(a, "2025年治理论坛", PG_P_DATE, "2025-04-17"),
     "a bare day: the event's year, the dateline's month");
  pg_free_annot(a);
}

/* A malformed rules file is refused with its line number. */
static int n_logged;
static long logged_line;

static void log_fn(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  (void)user;
  (void)level;
  (void)text;
  n_logged++;
  logged_line = loc ? loc->line : -1;
}

static void test_bad_rules(void)
{
  char dir[] = "/tmp/pg_test_rulesXXXXXX", path[256];
  pg_log log = {log_fn, NULL, 0, 0};
  FILE *f;

  if (!mkdtemp(dir)) {
    ok(0, "temporary directory");
    return;
  }
  snprintf(path, sizeof path, "%s/rules", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/rules/relations.tsv", dir);
  f = fopen(path, "w");
  fputs("# comment\nissue\t提出\nnot-a-class\tX\n", f);
  fclose(f);
  ok(pg_new_relator(dir, &log) == NULL, "unknown class refused");
  is_int(logged_line, 3, "the message names the line");
  is_int(log.n_errors, 1, "one error");
  remove(path);
  snprintf(path, sizeof path, "%s/rules", dir);
  rmdir(path);
  ok(pg_new_relator(dir, &log) == NULL, "missing file refused");
  rmdir(dir);
}

/* The word table directly: longest word first, the limits, and
 * characters that share a word's low code point bits (its quick filter)
 * without being its character. */
static void test_reltab(void)
{
  char path[] = "/tmp/pg_test_reltabXXXXXX";
  int fd = mkstemp(path);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  pg_reltab *t;
  /* 和平, 和, 平 + a look-alike of 和 (0x548C ^ 0x400) and of 平 */
  const uint32_t s[] = {0x548C, 0x5E73, 0x508C, 0x548C, 0x5A73, 0x5E73};
  unsigned fl = 0;

  if (!f) {
    ok(0, "temporary rules file");
    return;
  }
  fputs("coord\t和\ncoord\t和平\tadopt\nstop\t平\n", f);
  fclose(f);
  t = pg_new_reltab(path, NULL);
  remove(path);
  ok(t != NULL, "word table loads");
  if (!t)
    return;
  is_int(pg_reltab_at(t, PG_W_COORD, s, 0, 6, &fl), 2, "longest word first");
  is_int(fl, PG_WF_ADOPT, "... with its flags");
  is_int(pg_reltab_at(t, PG_W_COORD, s, 0, 1, NULL), 1,
         "a word must end by the limit");
  is_int(pg_reltab_at(t, PG_W_COORD, s, 3, 6, NULL), 1, "the shorter word");
  is_int(pg_reltab_at(t, PG_W_COORD, s, 2, 6, NULL), 0,
         "a character sharing the first's low bits is no match");
  is_int(pg_reltab_at(t, PG_W_COORD, s, 6, 6, NULL), 0, "nothing at the end");
  is_int(pg_reltab_at(t, PG_W_CLAUSE_STOP, s, 1, 6, NULL), 1, "another class");
  is_int(pg_reltab_at(t, PG_W_ISSUE, s, 0, 6, NULL), 0, "an empty class");
  is_int(pg_reltab_before(t, PG_W_COORD, s, 0, 2), 2,
         "longest word ending here");
  is_int(pg_reltab_before(t, PG_W_COORD, s, 1, 2), 0,
         "a word must start at or after lo");
  is_int(pg_reltab_before(t, PG_W_CLAUSE_STOP, s, 0, 5), 0,
         "a character sharing the last's low bits is no match");
  is_int(pg_reltab_before(t, PG_W_CLAUSE_STOP, s, 0, 6), 1, "the last word");
  is_int(pg_reltab_before(t, PG_W_CLAUSE_STOP, s, 0, 0), 0, "nothing before 0");
  ok(pg_reltab_suffix(t, PG_W_COORD, "世界和平"), "suffix");
  pg_free_reltab(t);
}

/* Forms met in articles the rules were not written from. */
static void test_unseen_forms(void)
{
  pg_annot *a = doc(
      "2025年4月18日，由研究所主办、学会协办的学术研讨会在北京举行。"
      "会后，创新联盟宣告成立。该联盟由信通院、浙江大学等40余家单位共同发起。"
      "该倡议由学会发起。海康威视展示了其自研的观澜大模型。",
      "2025-04-20");

  mark(a, "研究所", PG_T_ORGANIZATION);
  mark(a, "学会", PG_T_ORGANIZATION);
  mark(a, "学术研讨会", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "创新联盟", PG_T_ORGANIZATION);
  mark(a, "信通院", PG_T_ORGANIZATION);
  mark(a, "浙江大学", PG_T_ORGANIZATION);
  mark(a, "海康威视", PG_T_ORGANIZATION);
  mark(a, "观澜大模型", PG_T_PRODUCT);
  run(a);
  ok(has(a, "学术研讨会", PG_P_LOCATION, "北京"),
     "由A主办的Y在北京举行: the event right before 在 is held there");
  ok(has(a, "学术研讨会", PG_P_DATE, "2025-04-18"),
     "... on the date that opens the sentence (由 keeps it in force)");
  ok(has(a, "创新联盟", PG_P_FOUNDER, "信通院") &&
         has(a, "创新联盟", PG_P_FOUNDER, "浙江大学"),
     "该联盟由A、B等单位共同发起: founders of the alliance named before");
  ok(!has(a, "创新联盟", PG_P_FOUNDER, "学会"),
     "该倡议由X发起: an initiative, not the alliance");
  ok(has(a, "观澜大模型", PG_P_DEVELOPEDBY, "海康威视"),
     "X展示了其自研的Y: developed by X");
  pg_free_annot(a);

  a = doc("本报北京9月16日电（记者周映雪）2025年9月16日，由研究院主办的"
          "可信大会在北京举行。", "2025-09-16");
  mark(a, "研究院", PG_T_ORGANIZATION);
  mark(a, "可信大会", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  run(a);
  ok(has(a, "可信大会", PG_P_DATE, "2025-09-16"),
     "a date closing a clause (…（记者 X）2025年9月16日，) holds in the next");
  pg_free_annot(a);

  a = doc("2025年9月16日，可信大会在北京举行。会上，研究院发布《可信白皮书》。",
          "2025-09-20");
  mark(a, "可信大会", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "研究院", PG_T_ORGANIZATION);
  mark(a, "可信白皮书", PG_T_REPORT);
  run(a);
  ok(has(a, "可信白皮书", PG_P_DATE, "2025-09-16"),
     "会上，X发布《Y》: Y takes the date of the event it came out at");
  pg_free_annot(a);

  a = doc("大会最后，由研究院、产业联盟共同发起《自律倡议》。"
          "《安全办法》由网信办制定。", "2025-09-16");
  mark(a, "研究院", PG_T_ORGANIZATION);
  mark(a, "产业联盟", PG_T_ORGANIZATION);
  mark(a, "自律倡议", PG_T_INITIATIVE);
  mark(a, "安全办法", PG_T_LAW);
  mark(a, "网信办", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "自律倡议", PG_P_PROPOSEDBY, "研究院") &&
         has(a, "自律倡议", PG_P_PROPOSEDBY, "产业联盟"),
     "由A、B共同发起《X》 (no work before 由): A and B propose X");
  ok(has(a, "安全办法", PG_P_PROPOSEDBY, "网信办"),
     "《X》由A制定: still the passive");
  pg_free_annot(a);

  a = doc("全球峰会当地时间10日在沙特阿拉伯首都利雅得闭幕。"
          "数字论坛9日在利雅得开幕。", "2025-09-11");
  mark(a, "全球峰会", PG_T_EVENT);
  mark(a, "数字论坛", PG_T_EVENT);
  mark(a, "沙特阿拉伯", PG_T_PLACE);
  mark(a, "利雅得", PG_T_PLACE);
  run(a);
  ok(has(a, "全球峰会", PG_P_LOCATION, "利雅得"),
     "在<国家>首都<城市>闭幕: the city, across 首都");
  ok(has(a, "全球峰会", PG_P_DATE, "2025-09-10"),
     "... 闭幕 on the one day the text gives: that day");
  ok(has(a, "数字论坛", PG_P_DATE, "2025-09-09") &&
         has(a, "数字论坛", PG_P_LOCATION, "利雅得"),
     "9日在利雅得开幕: the date and the place");
  pg_free_annot(a);

  a = doc("依托数字公司（以下简称数字）开发的“粤省事”“粤商通”平台上线。",
          "2025-05-08");
  mark(a, "数字公司", PG_T_ORGANIZATION);
  mark(a, "“粤省事”", PG_T_PRODUCT);
  mark(a, "“粤商通”", PG_T_PRODUCT);
  run(a);
  ok(has(a, "“粤省事”", PG_P_DEVELOPEDBY, "数字公司") &&
         has(a, "“粤商通”", PG_P_DEVELOPEDBY, "数字公司"),
     "A（以下简称B）开发的“C”“D”: the agent across the parenthesis, both "
     "products");
  pg_free_annot(a);

  a = doc("推动华为盘古大模型、腾讯混元大模型落地。", "2025-05-08");
  mark(a, "华为", PG_T_ORGANIZATION);
  mark(a, "盘古大模型", PG_T_PRODUCT);
  mark(a, "腾讯", PG_T_ORGANIZATION);
  mark(a, "混元大模型", PG_T_PRODUCT);
  run(a);
  ok(has(a, "盘古大模型", PG_P_DEVELOPEDBY, "华为") &&
         has(a, "混元大模型", PG_P_DEVELOPEDBY, "腾讯"),
     "华为盘古大模型: the organization written before its product");
  pg_free_annot(a);
}

/* Real-text forms: a session referred to as 全会, places of one 在, an
 * opening 在<place>, a body before a title in 《》. */
static void test_real_forms(void)
{
  pg_annot *a = doc(
      "中国共产党第十九届中央委员会第六次全体会议，于2021年11月8日至11日在北京举行。"
      "全会听取和讨论了工作报告，审议通过了《关于召开党的第二十次全国代表大会的决议》。"
      "委员长会议18日上午在北京人民大会堂举行。"
      "在拉萨市，班禅主持召开了西藏分会工作会议。"
      "6月1日起，市场监管总局《自然人网店管理规范》正式实施。",
      "2021-11-18");

  mark(a, "中国共产党第十九届中央委员会第六次全体会议", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "关于召开党的第二十次全国代表大会的决议", PG_T_DECLARATION);
  mark(a, "委员长会议", PG_T_EVENT);
  mark_sub(a, "人民大会堂", PG_T_PLACE, "venue");
  mark(a, "拉萨市", PG_T_PLACE);
  mark(a, "西藏分会工作会议", PG_T_EVENT);
  mark(a, "市场监管总局", PG_T_ORGANIZATION);
  mark(a, "自然人网店管理规范", PG_T_LAW);
  run(a);
  ok(has(a, "关于召开党的第二十次全国代表大会的决议", PG_P_ADOPTEDAT,
         "中国共产党第十九届中央委员会第六次全体会议"),
     "全会 carries to the clauses after it");
  ok(has(a, "关于召开党的第二十次全国代表大会的决议", PG_P_DATE, "2021-11-11"),
     "a declaration adopted at a session takes its last day");
  ok(has(a, "委员长会议", PG_P_LOCATION, "人民大会堂") &&
         has(a, "委员长会议", PG_P_LOCATION, "北京"),
     "a venue and the place before it (在北京人民大会堂)");
  ok(has(a, "西藏分会工作会议", PG_P_LOCATION, "拉萨市"),
     "an opening 在<place>, past 召开了");
  ok(has(a, "自然人网店管理规范", PG_P_PROPOSEDBY, "市场监管总局"),
     "a body right before 《title》 issued it");
  pg_free_annot(a);
}

/* News forms: a headline's meeting dated by its lead, joint issuers in a
 * notice's name, the country or province before a host city. */
static void test_news_forms(void)
{
  pg_annot *a = doc("国务院联防联控机制会议强调 采取坚决果断措施\n"
                    "国务院联防联控机制14日召开会议强调，要遏制疫情扩散。",
                    "2020-06-14");

  mark(a, "国务院联防联控机制会议", PG_T_EVENT);
  mark(a, "国务院联防联控机制", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "国务院联防联控机制会议", PG_P_DATE, "2020-06-14"),
     "a headline's meeting takes the date of the lead that holds it");
  pg_free_annot(a);

  a = doc("研究院编辑的《论述摘编》一书，近日由中央文献出版社出版，在全国发行。",
          "2021-03-28");
  mark(a, "论述摘编", PG_T_REPORT);
  mark(a, "研究院", PG_T_ORGANIZATION);
  mark(a, "中央文献出版社", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "论述摘编", PG_P_PROPOSEDBY, "研究院"),
     "X编辑的《Y》: the editor issues it");
  ok(has(a, "论述摘编", PG_P_PROPOSEDBY, "中央文献出版社"),
     "《Y》一书，近日由Z出版: the passive's work closes the clause before");
  ok(!has(a, "论述摘编", PG_P_DATE, "2021-03"),
     "... 近日 (recently) states no month: no date");
  pg_free_annot(a);

  a = doc("学习贯彻全国两会精神\n今天，各地召开会议学习。", "2021-03-20");
  mark(a, "全国两会", PG_T_EVENT);
  run(a);
  ok(count(a, PG_P_DATE) == 0,
     "... but not a meeting the headline only refers to (…精神)");
  pg_free_annot(a);

  a = doc("中共中央办公厅转发了《中央宣传部、中央组织部关于认真组织学习的通知》。",
          "2022-07-11");
  mark(a, "中央宣传部、中央组织部关于认真组织学习的通知", PG_T_INITIATIVE);
  mark(a, "中共中央办公厅", PG_T_ORGANIZATION);
  mark(a, "中央宣传部", PG_T_ORGANIZATION);
  mark(a, "中央组织部", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "中央宣传部、中央组织部关于认真组织学习的通知", PG_P_PROPOSEDBY,
         "中央宣传部") &&
         has(a, "中央宣传部、中央组织部关于认真组织学习的通知",
             PG_P_PROPOSEDBY, "中央组织部"),
     "A、B关于…的通知: both issuers");
  ok(has(a, "中央宣传部、中央组织部关于认真组织学习的通知", PG_P_PROPOSEDBY,
         "中共中央办公厅"),
     "A转发了《X》: the body forwarding it");
  pg_free_annot(a);

  a = doc("部长会议16日在日本札幌市闭幕。论坛在广西南宁举行。", "2023-04-17");
  mark(a, "部长会议", PG_T_EVENT);
  mark(a, "论坛", PG_T_EVENT);
  mark_sub(a, "日本", PG_T_PLACE, "country");
  mark_sub(a, "札幌市", PG_T_PLACE, "city");
  mark_sub(a, "广西", PG_T_PLACE, "province");
  mark_sub(a, "南宁", PG_T_PLACE, "city");
  run(a);
  ok(has(a, "部长会议", PG_P_LOCATION, "札幌市") &&
         has(a, "部长会议", PG_P_LOCATION, "日本"),
     "在<country><city>: both places");
  ok(has(a, "论坛", PG_P_LOCATION, "南宁") && has(a, "论坛", PG_P_LOCATION, "广西"),
     "在<province><city>: both places");
  pg_free_annot(a);

  a = doc("中共中央办公厅国务院办公厅关于改善民生的意见\n（2025年6月9日）\n正文。",
          "2025-06-10");
  mark(a, "中共中央办公厅国务院办公厅关于改善民生的意见", PG_T_INITIATIVE);
  /* the bodies nested in the name, as the recognizers leave them */
  pg_annot_link(a, pg_annot_add_mention(a, 0, 7, PG_T_ORGANIZATION, "test", -1),
                pg_annot_add_entity(a, PG_T_ORGANIZATION, "中共中央办公厅", NULL));
  pg_annot_link(a, pg_annot_add_mention(a, 7, 13, PG_T_ORGANIZATION, "test", -1),
                pg_annot_add_entity(a, PG_T_ORGANIZATION, "国务院办公厅", NULL));
  run(a);
  ok(has(a, "中共中央办公厅国务院办公厅关于改善民生的意见", PG_P_DATE,
         "2025-06-09"),
     "a document's name as the headline, its date in parentheses below");
  ok(has(a, "中共中央办公厅国务院办公厅关于改善民生的意见", PG_P_PROPOSEDBY,
         "中共中央办公厅") &&
         has(a, "中共中央办公厅国务院办公厅关于改善民生的意见", PG_P_PROPOSEDBY,
             "国务院办公厅"),
     "the bodies filling a name before 关于 are its issuers");
  pg_free_annot(a);

  a = doc("当地时间7月4日上午，国家主席习近平在阿斯塔纳出席元首理事会第二十四次会议。",
          "2024-07-05");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "元首理事会第二十四次会议", PG_T_EVENT);
  mark_sub(a, "阿斯塔纳", PG_T_PLACE, "city");
  pg_annot_add_fact(a, find_entity(a, "习近平"), PG_P_JOBTITLE, -1, -1,
                    "国家主席", PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "元首理事会第二十四次会议", PG_P_DATE, "2024-07-04"),
     "a subject written after its title (国家主席习近平) keeps the date in force");
  pg_free_annot(a);

  a = doc("7月4日，习近平出席元首理事会会议。成员国领导人签署并发表《阿斯塔纳宣言》，"
          "批准关于团结的倡议。",
          "2024-07-05");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "元首理事会会议", PG_T_EVENT);
  mark(a, "阿斯塔纳宣言", PG_T_DECLARATION);
  mark(a, "关于团结的倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "阿斯塔纳宣言", PG_P_ADOPTEDAT, "元首理事会会议") &&
         has(a, "关于团结的倡议", PG_P_ADOPTEDAT, "元首理事会会议"),
     "成员国领导人签署并发表…，批准…: adopted at the meeting, in both clauses");
  ok(has(a, "阿斯塔纳宣言", PG_P_DATE, "2024-07-04"),
     "... on the meeting's day");
  pg_free_annot(a);

  a = doc("3月15日，总投资283亿元的新工厂项目开工复产。", "2020-03-19");
  mark(a, "新工厂项目", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "新工厂项目", PG_P_DATE, "2020-03-15"),
     "a date alone before the clause dates a work after a modifier (…的X开工)");
  pg_free_annot(a);

  a = doc("国务院办公厅、中央军委办公厅印发《关于加强工作的意见》。", "2022-03-22");
  mark(a, "国务院办公厅", PG_T_ORGANIZATION);
  mark(a, "中央军委", PG_T_ORGANIZATION);
  mark_as(a, "办公厅", PG_T_ORGANIZATION, "中央军委办公厅");
  mark(a, "关于加强工作的意见", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "关于加强工作的意见", PG_P_PROPOSEDBY, "中央军委办公厅") &&
         has(a, "关于加强工作的意见", PG_P_PROPOSEDBY, "国务院办公厅"),
     "A、<parent>|<unit>印发: the coordination stands before the unit's parent");
  pg_free_annot(a);

  a = doc("由网信办主办的数字经济大会，10月18日在延安举行。", "2025-10-20");
  mark(a, "网信办", PG_T_ORGANIZATION);
  mark(a, "数字经济大会", PG_T_EVENT);
  mark_sub(a, "延安", PG_T_PLACE, "city");
  run(a);
  ok(has(a, "数字经济大会", PG_P_DATE, "2025-10-18") &&
         has(a, "数字经济大会", PG_P_LOCATION, "延安"),
     "…的Y，<date>在<place>举行: Y closes the clause before");
  pg_free_annot(a);

  a = doc("2018年11月，习近平主持召开深改委第五次会议，审议通过《试点方案》。",
          "2022-05-19");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "深改委第五次会议", PG_T_EVENT);
  mark(a, "试点方案", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "试点方案", PG_P_ADOPTEDAT, "深改委第五次会议") &&
         !has(a, "试点方案", PG_P_PROPOSEDBY, "习近平"),
     "X主持召开<meeting>，审议通过《Y》: the meeting adopts Y, not X");
  pg_free_annot(a);

  a = doc("第一届足球联赛今天（7月10日）在杭州正式启动。", "2022-07-10");
  mark(a, "第一届足球联赛", PG_T_EVENT);
  mark_sub(a, "杭州", PG_T_PLACE, "city");
  run(a);
  ok(has(a, "第一届足球联赛", PG_P_DATE, "2022-07-10") &&
         has(a, "第一届足球联赛", PG_P_LOCATION, "杭州"),
     "X在<place>启动: held there, that day");
  pg_free_annot(a);

  a = doc("建设开放的世界——在高峰论坛上的主旨演讲\n（2023年10月18日，北京）\n"
          "中华人民共和国主席 习近平\n今年是我提出共建“一带一路”倡议10周年。",
          "2023-10-18");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "“一带一路”倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "“一带一路”倡议", PG_P_PROPOSEDBY, "习近平"),
     "我提出… in a speech: the speaker its byline names");
  ok(!has(a, "“一带一路”倡议", PG_P_DATE, "2023"),
     "... and not the date of the clause (今年是…10周年)");
  pg_free_annot(a);

  a = doc("1928年12月，第一部成文的土地法——《井冈山土地法》颁布。", "2021-07-24");
  mark(a, "井冈山土地法", PG_T_LAW);
  run(a);
  ok(has(a, "井冈山土地法", PG_P_DATE, "1928-12"),
     "…——《X》颁布: the work in apposition takes the clause's date");
  pg_free_annot(a);

  a = doc("高端论坛在南开大学举行。", "2022-02-26");
  mark(a, "高端论坛", PG_T_EVENT);
  mark(a, "南开大学", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "高端论坛", PG_P_LOCATION, "南开大学"),
     "在<university>举行: the campus is where it is held");
  pg_free_annot(a);

  a = doc("央视网消息（新闻联播）：今天出版的《求是》杂志将发表习近平总书记的重要文章"
          "《努力成为科学中心》。6月19日，在共青团大会开幕式上，党中央致词《书写青春篇章》。",
          "2021-03-16");
  mark(a, "央视网", PG_T_ORGANIZATION);
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "党中央", PG_T_ORGANIZATION);
  mark(a, "共青团大会", PG_T_EVENT);
  mark(a, "努力成为科学中心", PG_T_REPORT);
  mark(a, "书写青春篇章", PG_T_DECLARATION);
  pg_annot_add_fact(a, find_entity(a, "习近平"), PG_P_JOBTITLE, -1, -1,
                    "总书记", PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "努力成为科学中心", PG_P_PROPOSEDBY, "习近平") &&
         !has(a, "努力成为科学中心", PG_P_PROPOSEDBY, "央视网"),
     "X的重要文章《Y》: X's; the news item's source (央视网消息) is no actor");
  ok(has(a, "书写青春篇章", PG_P_PROPOSEDBY, "党中央") &&
         !has(a, "书写青春篇章", PG_P_ADOPTEDAT, "共青团大会"),
     "致词《Y》 at a congress: delivered there, not adopted");
  pg_free_annot(a);

  a = doc("双方签署了《中华人民共和国政府与秘鲁共和国政府关于共建一带一路的合作"
          "规划》。", "2024-11-15");
  mark(a, "中华人民共和国政府与秘鲁共和国政府关于共建一带一路的合作规划",
       PG_T_INITIATIVE);
  mark_nested(a, "中华人民共和国政府", PG_T_ORGANIZATION, NULL);
  mark_nested(a, "中华人民共和国", PG_T_PLACE, "country");
  mark_nested(a, "秘鲁共和国政府", PG_T_ORGANIZATION, NULL);
  mark_nested(a, "秘鲁", PG_T_PLACE, "country");
  run(a);
  ok(has(a, "中华人民共和国政府与秘鲁共和国政府关于共建一带一路的合作规划",
         PG_P_PROPOSEDBY, "秘鲁共和国政府") &&
         has(a, "中华人民共和国政府与秘鲁共和国政府关于共建一带一路的合作规划",
             PG_P_PROPOSEDBY, "秘鲁") &&
         has(a, "中华人民共和国政府与秘鲁共和国政府关于共建一带一路的合作规划",
             PG_P_PROPOSEDBY, "中华人民共和国"),
     "the governments filling a work's name issue it, with their countries");
  pg_free_annot(a);

  a = doc("中华人民共和国和阿拉伯联合酋长国关于加强伙伴关系的联合声明（全文）\n"
          "2019/07/22\n一、双方同意加强合作。", "2019-07-23");
  mark(a, "中华人民共和国和阿拉伯联合酋长国关于加强伙伴关系的联合声明",
       PG_T_DECLARATION);
  mark_nested(a, "中华人民共和国", PG_T_PLACE, "country");
  mark_nested(a, "阿拉伯联合酋长国", PG_T_PLACE, "country");
  run(a);
  ok(has(a, "中华人民共和国和阿拉伯联合酋长国关于加强伙伴关系的联合声明",
         PG_P_PROPOSEDBY, "阿拉伯联合酋长国") &&
         has(a, "中华人民共和国和阿拉伯联合酋长国关于加强伙伴关系的联合声明",
             PG_P_PROPOSEDBY, "中华人民共和国"),
     "the countries filling a statement's name before 关于 issue it");
  ok(has(a, "中华人民共和国和阿拉伯联合酋长国关于加强伙伴关系的联合声明",
         PG_P_DATE, "2019-07-22"),
     "a date alone on the line below a headline document dates it");
  pg_free_annot(a);

  a = doc("会议听取了最高人民法院工作报告。", "2022-03-10");
  mark(a, "最高人民法院工作报告", PG_T_REPORT);
  mark(a, "最高人民法院", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "最高人民法院工作报告", PG_P_PROPOSEDBY, "最高人民法院"),
     "a report named by its body is the body's");
  pg_free_annot(a);

  a = doc("习近平主席提出的全球发展倡议得到响应。", "2022-12-10");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "全球发展倡议", PG_T_INITIATIVE);
  pg_annot_add_fact(a, find_entity(a, "习近平"), PG_P_JOBTITLE, -1, -1, "主席",
                    PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "全球发展倡议", PG_P_PROPOSEDBY, "习近平"),
     "A主席提出的X: the person's own title between agent and verb");
  pg_free_annot(a);

  a = doc("GLM-4-9B是智谱AI推出的最新一代预训练模型。", "2025-03-07");
  mark(a, "GLM-4-9B", PG_T_PRODUCT);
  mark(a, "智谱AI", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "GLM-4-9B", PG_P_DEVELOPEDBY, "智谱AI"),
     "X是Y推出的…模型: the product the clause opens with");
  pg_free_annot(a);

  a = doc("当地时间12月9日下午，首届峰会在利雅得举行。", "2022-12-10");
  mark(a, "首届峰会", PG_T_EVENT);
  mark(a, "利雅得", PG_T_PLACE);
  run(a);
  ok(has(a, "首届峰会", PG_P_DATE, "2022-12-09"),
     "当地时间<date>下午，: a time of day after the date opens the clause too");
  pg_free_annot(a);

  a = doc("当地时间2019年2月16日，杨洁篪在德国出席第55届安全会议。"
          "王毅将出席外长会议。", "2019-02-17");
  mark(a, "第55届安全会议", PG_T_EVENT);
  mark(a, "外长会议", PG_T_EVENT);
  mark(a, "杨洁篪", PG_T_PERSON);
  mark(a, "王毅", PG_T_PERSON);
  mark(a, "德国", PG_T_PLACE);
  run(a);
  ok(has(a, "第55届安全会议", PG_P_DATE, "2019-02-16") &&
         has(a, "第55届安全会议", PG_P_LOCATION, "德国"),
     "在<place>出席<event> on a date: the event's date and place");
  ok(count(a, PG_P_DATE) == 1, "... not for an event to come (将出席)");
  pg_free_annot(a);

  a = doc("共同发展的世界——在第三届高峰论坛开幕式上的主旨演讲\n（2023年10月18日，北京）\n"
          "今天，我们在这里相聚。", "2023-10-18");
  mark(a, "第三届高峰论坛", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  run(a);
  ok(has(a, "第三届高峰论坛", PG_P_DATE, "2023-10-18") &&
         has(a, "第三届高峰论坛", PG_P_LOCATION, "北京"),
     "a speech's dateline dates and places the meeting of its title");
  pg_free_annot(a);
}

/* The document a notice passes on is issued by the notice's issuers
 * (named before 关于), not by the site that published the notice. */
static void test_notice_inner(void)
{
  pg_annot *a = doc("天津政务网发布《天津市人民政府关于印发天开高教科创园建设"
                    "规划方案的通知》。",
                    "2023-04-04");

  mark(a, "天津政务网", PG_T_ORGANIZATION);
  mark(a, "天津市人民政府关于印发天开高教科创园建设规划方案的通知",
       PG_T_INITIATIVE);
  mark_nested(a, "天津市人民政府", PG_T_ORGANIZATION, NULL);
  mark_nested(a, "天开高教科创园建设规划方案", PG_T_INITIATIVE, NULL);
  a->m[a->ent[find_entity(a, "天开高教科创园建设规划方案")].mention[0]].rule =
      "work.notice-inner";
  run(a);
  ok(has(a, "天开高教科创园建设规划方案", PG_P_PROPOSEDBY, "天津市人民政府"),
     "the plan a notice passes on is its issuer's");
  ok(!has(a, "天开高教科创园建设规划方案", PG_P_PROPOSEDBY, "天津政务网"),
     "... not the publisher's");
  pg_free_annot(a);
}

/* 提出5项倡议：一是A倡议。二是B倡议。: the proposer and the date carry to
 * every item of the enumeration. */
static void test_enumeration(void)
{
  pg_annot *a = doc("2024年7月4日，习近平提出2项倡议：一是人工智能开源普惠倡议。"
                    "二是贸易投资便利化倡议。另有绿色倡议。",
                    "2024-07-05");

  mark(a, "习近平", PG_T_PERSON);
  mark(a, "人工智能开源普惠倡议", PG_T_INITIATIVE);
  mark(a, "贸易投资便利化倡议", PG_T_INITIATIVE);
  mark(a, "绿色倡议", PG_T_INITIATIVE);
  a->m[a->ent[find_entity(a, "人工智能开源普惠倡议")].mention[0]].rule =
      "work.enumeration";
  a->m[a->ent[find_entity(a, "贸易投资便利化倡议")].mention[0]].rule =
      "work.enumeration";
  run(a);
  ok(has(a, "人工智能开源普惠倡议", PG_P_PROPOSEDBY, "习近平") &&
         has(a, "贸易投资便利化倡议", PG_P_PROPOSEDBY, "习近平"),
     "every item of the enumeration is proposed");
  ok(has(a, "贸易投资便利化倡议", PG_P_DATE, "2024-07-04"),
     "... on the date of the clause that announced them");
  ok(!has(a, "绿色倡议", PG_P_PROPOSEDBY, "习近平"),
     "... and nothing after the enumeration");
  pg_free_annot(a);

  a = doc("5月13日，习近平提出五大工程，共谋发展振兴。\n一是团结工程。继续相互"
          "支持。\n二是发展工程。共同落实倡议。\n另有绿色工程。", "2025-05-14");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "团结工程", PG_T_INITIATIVE);
  mark(a, "发展工程", PG_T_INITIATIVE);
  mark(a, "绿色工程", PG_T_INITIATIVE);
  a->m[a->ent[find_entity(a, "团结工程")].mention[0]].rule = "work.enumeration";
  a->m[a->ent[find_entity(a, "发展工程")].mention[0]].rule = "work.enumeration";
  run(a);
  ok(has(a, "团结工程", PG_P_PROPOSEDBY, "习近平") &&
         has(a, "发展工程", PG_P_PROPOSEDBY, "习近平") &&
         has(a, "发展工程", PG_P_DATE, "2025-05-13"),
     "a count and a kind after the verb (五大工程) reach the enumeration "
     "of that kind in the paragraphs after it");
  ok(!has(a, "绿色工程", PG_P_PROPOSEDBY, "习近平"),
     "... and nothing after the enumeration");
  pg_free_annot(a);
}

/* 加入, 任职于: a person joins or works for organizations. */
static void test_join(void)
{
  pg_annot *a = doc("项亮，2016年加入字节跳动，专注于推荐系统。"
                    "王雨轩，2018年从谷歌加入字节跳动。"
                    "方汉曾任职于高能物理研究所、拓林思以及千橡互动。"
                    "北京大学加入联盟。", "2024-05-22");

  mark(a, "项亮", PG_T_PERSON);
  mark(a, "王雨轩", PG_T_PERSON);
  mark(a, "方汉", PG_T_PERSON);
  mark(a, "字节跳动", PG_T_ORGANIZATION);
  mark(a, "谷歌", PG_T_ORGANIZATION);
  mark(a, "高能物理研究所", PG_T_ORGANIZATION);
  mark(a, "拓林思", PG_T_ORGANIZATION);
  mark(a, "千橡互动", PG_T_ORGANIZATION);
  mark(a, "北京大学", PG_T_ORGANIZATION);
  mark(a, "联盟", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "项亮", PG_P_AFFILIATION, "字节跳动"),
     "join: a name alone before the clause joins the body after 加入");
  ok(has(a, "王雨轩", PG_P_AFFILIATION, "字节跳动") &&
         has(a, "王雨轩", PG_P_AFFILIATION, "谷歌"),
     "... and 从 names the body left for it");
  ok(has(a, "方汉", PG_P_AFFILIATION, "高能物理研究所") &&
         has(a, "方汉", PG_P_AFFILIATION, "千橡互动"),
     "... 任职于 a list: each body");
  ok(!has(a, "北京大学", PG_P_AFFILIATION, "联盟"),
     "... only people join as staff");
  pg_free_annot(a);

  a = doc("陈卓2010年本科毕业于西安交大。在去年加入字节跳动之前，曾在微软工作。"
          "刘谦于1927年加入中国共产党。", "2024-05-22");
  mark(a, "陈卓", PG_T_PERSON);
  mark(a, "刘谦", PG_T_PERSON);
  mark(a, "字节跳动", PG_T_ORGANIZATION);
  mark(a, "中国共产党", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "陈卓", PG_P_AFFILIATION, "字节跳动"),
     "join: a sentence naming no one is about the person opening the one "
     "before");
  ok(!has(a, "刘谦", PG_P_AFFILIATION, "中国共产党"),
     "... and joining a party is membership, no post");
  pg_free_annot(a);
}

/* 出席会议 with no meeting named before it: the item's main event, named
 * only later (党的二十大精神), is not the meeting attended. */
static void test_generic_ref_forward(void)
{
  pg_annot *a = doc("论坛开幕式在校举办。院士张焕乔等出席会议。"
                    "学会将深入贯彻落实党的二十大精神。",
                    "2023-04-11");

  mark(a, "张焕乔", PG_T_PERSON);
  mark(a, "党的二十大", PG_T_EVENT);
  run(a);
  ok(!has(a, "党的二十大", PG_P_ATTENDEE, "张焕乔"),
     "会议 refers to no event named only after it");
  pg_free_annot(a);
  a = doc("党的二十大在北京开幕。代表张焕乔出席会议。", "2022-10-16");
  mark(a, "党的二十大", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "张焕乔", PG_T_PERSON);
  run(a);
  ok(has(a, "党的二十大", PG_P_ATTENDEE, "张焕乔"),
     "... but to the one named before it");
  pg_free_annot(a);
}

/* Joint documents and the parties of a meeting. */
static void test_joint_documents(void)
{
  pg_annot *a = doc("双方发表《中华人民共和国和斐济共和国联合声明》。", "2024-08-20");

  mark(a, "中华人民共和国和斐济共和国联合声明", PG_T_DECLARATION);
  mark_nested(a, "中华人民共和国", PG_T_PLACE, "country");
  mark_nested(a, "斐济共和国", PG_T_PLACE, "country");
  run(a);
  ok(has(a, "中华人民共和国和斐济共和国联合声明", PG_P_PROPOSEDBY,
         "中华人民共和国") &&
         has(a, "中华人民共和国和斐济共和国联合声明", PG_P_PROPOSEDBY,
             "斐济共和国"),
     "the two parties a joint statement's title names, without 关于, issue it");
  pg_free_annot(a);

  a = doc("双方发表《中华人民共和国同厄瓜多尔共和国关于深化伙伴关系的联合声明》。",
          "2022-02-06");
  mark(a, "中华人民共和国同厄瓜多尔共和国关于深化伙伴关系的联合声明",
       PG_T_DECLARATION);
  mark_nested(a, "中华人民共和国", PG_T_PLACE, "country");
  mark_nested(a, "厄瓜多尔共和国", PG_T_PLACE, "country");
  run(a);
  ok(has(a, "中华人民共和国同厄瓜多尔共和国关于深化伙伴关系的联合声明",
         PG_P_PROPOSEDBY, "中华人民共和国") &&
         has(a, "中华人民共和国同厄瓜多尔共和国关于深化伙伴关系的联合声明",
             PG_P_PROPOSEDBY, "厄瓜多尔共和国"),
     "X同Y关于…的联合声明: parties joined by 同 issue it too");
  pg_free_annot(a);

  a = doc("第九次中日韩领导人会议在首尔举行。会后，三方发表《甲联合宣言》《乙联合声明》。"
          "双方发表《丙联合声明》。",
          "2024-05-27");
  mark(a, "第九次中日韩领导人会议", PG_T_EVENT);
  mark(a, "首尔", PG_T_PLACE);
  mark(a, "甲联合宣言", PG_T_DECLARATION);
  mark(a, "乙联合声明", PG_T_DECLARATION);
  mark(a, "丙联合声明", PG_T_DECLARATION);
  run(a);
  ok(has(a, "甲联合宣言", PG_P_ADOPTEDAT, "第九次中日韩领导人会议") &&
         has(a, "乙联合声明", PG_P_ADOPTEDAT, "第九次中日韩领导人会议"),
     "三方发表《X》《Y》: adopted at the meeting named before");
  ok(!has(a, "丙联合声明", PG_P_ADOPTEDAT, "第九次中日韩领导人会议"),
     "... not 双方, two countries whatever meeting is named");
  pg_free_annot(a);

  a = doc("《中华人民共和国渔业法》已由中华人民共和国第十四届全国人民代表大会常务委员会"
          "第十九次会议于2025年12月27日修订通过。第78届联合国大会7日协商一致通过"
          "中国提出的设立文明对话国际日决议。",
          "2025-12-28");
  mark(a, "中华人民共和国渔业法", PG_T_LAW);
  mark_sub(a, "中华人民共和国", PG_T_PLACE, "country");
  mark(a, "第十四届全国人民代表大会常务委员会第十九次会议", PG_T_EVENT);
  mark(a, "第78届联合国大会", PG_T_EVENT);
  mark_sub(a, "中国", PG_T_PLACE, "country");
  mark(a, "设立文明对话国际日决议", PG_T_DECLARATION);
  run(a);
  ok(has(a, "中华人民共和国渔业法", PG_P_ADOPTEDAT,
         "第十四届全国人民代表大会常务委员会第十九次会议") &&
         has(a, "中华人民共和国渔业法", PG_P_DATE, "2025-12-27"),
     "由<country><meeting>于<date>修订通过: the country modifies the meeting");
  ok(has(a, "设立文明对话国际日决议", PG_P_ADOPTEDAT, "第78届联合国大会") &&
         has(a, "设立文明对话国际日决议", PG_P_PROPOSEDBY, "中国"),
     "通过中国提出的X: X is adopted, and proposed by whom it says");
  pg_free_annot(a);
}

/* Closing days, documents among 等成果文件, an edition year before a
 * title, and a date to come that anchors no later day. */
static void test_closing_and_editions(void)
{
  pg_annot *a = doc("第五届保护区大会25日在杭州闭幕，发布《杭州宣言》。", "2025-09-26");

  mark(a, "第五届保护区大会", PG_T_EVENT);
  mark(a, "杭州宣言", PG_T_DECLARATION);
  mark(a, "杭州", PG_T_PLACE);
  run(a);
  ok(has(a, "第五届保护区大会", PG_P_DATE, "2025-09-25") &&
         has(a, "杭州宣言", PG_P_DATE, "2025-09-25"),
     "an event closing on the one day given is dated by it, and so is what it adopts");
  pg_free_annot(a);

  a = doc("第五届保护区大会20日在杭州开幕。大会25日闭幕。", "2025-09-25");
  mark(a, "第五届保护区大会", PG_T_EVENT);
  mark(a, "杭州", PG_T_PLACE);
  run(a);
  ok(has(a, "第五届保护区大会", PG_P_DATE, "2025-09-20") &&
         !has(a, "第五届保护区大会", PG_P_DATE, "2025-09-25"),
     "... but not when its opening day is given");
  pg_free_annot(a);

  a = doc("东盟峰会在万象举行。会议通过《甲联合声明》等成果文件。"
          "欧盟通过《乙计划》等手段强化监管。",
          "2024-10-10");
  mark(a, "东盟峰会", PG_T_EVENT);
  mark(a, "万象", PG_T_PLACE);
  mark(a, "甲联合声明", PG_T_DECLARATION);
  mark(a, "欧盟", PG_T_ORGANIZATION);
  mark(a, "乙计划", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "甲联合声明", PG_P_ADOPTEDAT, "东盟峰会"),
     "通过《X》等成果文件: X is adopted");
  ok(!has(a, "乙计划", PG_P_PROPOSEDBY, "欧盟"),
     "... 通过《X》等手段 is a means, not an adoption");
  pg_free_annot(a);

  a = doc("水利部发布2024年《中国水资源公报》。", "2025-06-07");
  mark(a, "水利部", PG_T_ORGANIZATION);
  mark(a, "中国水资源公报", PG_T_DECLARATION);
  run(a);
  ok(has(a, "中国水资源公报", PG_P_PROPOSEDBY, "水利部"),
     "an edition year between the verb and the title");
  pg_free_annot(a);

  a = doc("会议决定大会2026年3月5日召开。常委会会议27日闭幕。", "2025-12-27");
  mark(a, "常委会会议", PG_T_EVENT);
  run(a);
  ok(has(a, "常委会会议", PG_P_DATE, "2025-12-27"),
     "a date to come anchors no later bare day");
  pg_free_annot(a);
}

/* The founder before an honorific and a place of founding. */
static void test_founders_in_place(void)
{
  pg_annot *a = doc("1894年，孙中山先生在檀香山创立兴中会。", "2021-10-09");

  mark(a, "孙中山", PG_T_PERSON);
  mark_sub(a, "檀香山", PG_T_PLACE, "city");
  mark(a, "兴中会", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "兴中会", PG_P_FOUNDER, "孙中山") &&
         !has(a, "兴中会", PG_P_FOUNDER, "檀香山"),
     "X先生在<place>创立Y: X founds Y, not the place");
  pg_free_annot(a);

  a = doc("16日，为期3天的第16届能源峰会在阿布扎比开始举行。", "2025-01-17");
  mark(a, "第16届能源峰会", PG_T_EVENT);
  mark_sub(a, "阿布扎比", PG_T_PLACE, "city");
  run(a);
  ok(has(a, "第16届能源峰会", PG_P_DATE, "2025-01-16") &&
         has(a, "第16届能源峰会", PG_P_LOCATION, "阿布扎比"),
     "为期3天的<event>在<place>开始举行: its date and place");
  pg_free_annot(a);
  a = doc("美国在日内瓦发布《X报告》。", "2021-10-09");
  mark_sub(a, "美国", PG_T_PLACE, "country");
  mark_sub(a, "日内瓦", PG_T_PLACE, "city");
  mark(a, "X报告", PG_T_REPORT);
  run(a);
  ok(has(a, "X报告", PG_P_PROPOSEDBY, "美国") &&
         !has(a, "X报告", PG_P_PROPOSEDBY, "日内瓦"),
     "... and a place after 在 issues nothing");
  pg_free_annot(a);

  a = doc("传统医学论坛在南昌开幕。论坛以“传承”为主题，围绕传承保护等内容进行"
          "深入研讨交流，发布《南昌共识》。",
          "2024-06-27");
  mark(a, "传统医学论坛", PG_T_EVENT);
  mark(a, "南昌共识", PG_T_DECLARATION);
  mark_sub(a, "南昌", PG_T_PLACE, "city");
  run(a);
  ok(has(a, "南昌共识", PG_P_ADOPTEDAT, "传统医学论坛"),
     "论坛…，围绕X进行研讨，发布《Y》: the forum goes on past 围绕");
  pg_free_annot(a);

  a = doc("新华社北京1月30日电\n在二〇二二年春节团拜会上的讲话\n（2022年1月30日）\n"
          "习近平\n同志们，朋友们：\n", "2022-01-30");
  mark(a, "二〇二二年春节团拜会", PG_T_EVENT);
  mark(a, "习近平", PG_T_PERSON);
  run(a);
  ok(has(a, "二〇二二年春节团拜会", PG_P_DATE, "2022-01-30"),
     "a speech's title after the wire's dateline line is still its headline");
  pg_free_annot(a);

  a = doc("习近平发表讲话，宣布将中非关系提升，提出中非携手推进现代化的目标方向和"
          "“十大伙伴行动”。欧盟通过加强监管的措施和《乙法案》强化监管。",
          "2024-09-05");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "十大伙伴行动", PG_T_INITIATIVE);
  mark(a, "欧盟", PG_T_ORGANIZATION);
  mark(a, "乙法案", PG_T_LAW);
  run(a);
  ok(has(a, "十大伙伴行动", PG_P_PROPOSEDBY, "习近平"),
     "X…，宣布…，提出<phrase>和“Y”: X proposes Y, past 宣布 and the phrase");
  ok(!has(a, "乙法案", PG_P_PROPOSEDBY, "欧盟"),
     "... 通过…和《Y》强化: still a means");
  pg_free_annot(a);

  a = doc("中国提出并积极践行全球文明倡议，致力于加强合作。", "2024-11-15");
  mark_sub(a, "中国", PG_T_PLACE, "country");
  mark(a, "全球文明倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "全球文明倡议", PG_P_PROPOSEDBY, "中国"),
     "提出并积极践行X: the first verb's object too");
  pg_free_annot(a);

  a = doc("6月18日，国务院副总理丁薛祥在比利时布鲁塞尔会见谢夫乔维奇，共同举行第五次"
          "中欧高层对话。", "2024-06-20");
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "丁薛祥", PG_T_PERSON);
  mark(a, "谢夫乔维奇", PG_T_PERSON);
  mark_sub(a, "比利时", PG_T_PLACE, "country");
  mark_sub(a, "布鲁塞尔", PG_T_PLACE, "city");
  mark(a, "第五次中欧高层对话", PG_T_EVENT);
  run(a);
  ok(has(a, "第五次中欧高层对话", PG_P_LOCATION, "布鲁塞尔") &&
         has(a, "第五次中欧高层对话", PG_P_DATE, "2024-06-18"),
     "X在<place>会见…，共同举行Y: Y is held where X stands");
  pg_free_annot(a);

  a = doc("丁薛祥18日在北京会见斯克利亚尔，并共同主持中哈合作委员会第十二次会议。",
          "2025-03-19");
  mark(a, "丁薛祥", PG_T_PERSON);
  mark(a, "斯克利亚尔", PG_T_PERSON);
  mark_sub(a, "北京", PG_T_PLACE, "city");
  mark(a, "中哈合作委员会第十二次会议", PG_T_EVENT);
  pg_annot_add_fact(a, find_entity(a, "丁薛祥"), PG_P_JOBTITLE, -1, -1, "常委",
                    PG_LIT_ZH, 0, "test");
  pg_annot_add_fact(a, find_entity(a, "丁薛祥"), PG_P_JOBTITLE, -1, -1,
                    "副总理", PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "中哈合作委员会第十二次会议", PG_P_LOCATION, "北京") &&
         has(a, "中哈合作委员会第十二次会议", PG_P_DATE, "2025-03-18"),
     "X18日在<place>会见…，并主持Y: the day after the subject and the place go on");
  pg_free_annot(a);

  a = doc("博鳌亚洲论坛2025年年会今天闭幕，会议发布《乙报告》。", "2025-03-28");
  mark(a, "博鳌亚洲论坛", PG_T_EVENT);
  mark(a, "乙报告", PG_T_REPORT);
  run(a);
  ok(!has(a, "乙报告", PG_P_DATE, "2025"),
     "... but a year after the subject is part of a name, no clause's date");
  pg_free_annot(a);

  a = doc("今天，中国载人航天工程办公室首次公开发布《中国空间站进展报告》。", "2024-12-30");
  mark(a, "中国载人航天工程办公室", PG_T_ORGANIZATION);
  mark(a, "中国空间站进展报告", PG_T_REPORT);
  run(a);
  ok(has(a, "中国空间站进展报告", PG_P_PROPOSEDBY, "中国载人航天工程办公室") &&
         count(a, PG_P_DEVELOPEDBY) == 0,
     "an adverb is one word: 公开|发布, not 公|开发");
  pg_free_annot(a);

  a = doc("全国药品安全宣传周今天启动。\n第三届中国报业创新发展大会在南宁召开。大会围绕主题"
          "进行交流研讨，并发布《乙发展报告》。水利部批复《丙调度运用计划》。",
          "2024-09-02");
  mark(a, "全国药品安全宣传周", PG_T_EVENT);
  mark(a, "第三届中国报业创新发展大会", PG_T_EVENT);
  mark_sub(a, "南宁", PG_T_PLACE, "city");
  mark(a, "乙发展报告", PG_T_REPORT);
  mark(a, "水利部", PG_T_ORGANIZATION);
  mark(a, "丙调度运用计划", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "乙发展报告", PG_P_ADOPTEDAT, "第三届中国报业创新发展大会") &&
         has(a, "丙调度运用计划", PG_P_PROPOSEDBY, "水利部"),
     "大会 in the next sentence is the 大会 of its paragraph; 批复 issues");
  pg_free_annot(a);

  a = doc("当地时间11月14日下午，习近平同博鲁阿尔特举行会谈。昨天我在机场。会谈后，两国元首"
          "共同见证签署《甲合作规划》。", "2024-11-15");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "博鲁阿尔特", PG_T_PERSON);
  mark(a, "甲合作规划", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "甲合作规划", PG_P_DATE, "2024-11-14"),
     "会谈后: the day of the talks told of before, not a 昨天 between");
  pg_free_annot(a);

  {
    /* the lead's date two thousand characters back (a long item) */
    char buf[8192];
    size_t k;
    strcpy(buf, "当地时间11月14日下午，习近平同博鲁阿尔特举行会谈。");
    for (k = 0; k < 80; k++)
      strcat(buf, "两国人民拥有深厚情谊，是友好的兄弟和朋友。");
    strcat(buf, "会谈后，两国元首共同见证签署《甲合作规划》。");
    a = doc(buf, "2024-11-15");
  }
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "博鲁阿尔特", PG_T_PERSON);
  mark(a, "甲合作规划", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "甲合作规划", PG_P_DATE, "2024-11-14"),
     "会谈后: the day of the talks in a lead two thousand characters back");
  pg_free_annot(a);

  a = doc("当地时间4月14日下午，习近平同苏林举行会谈。两国元首一致同意。双方发表《中越联合声明》。",
          "2025-04-15");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "苏林", PG_T_PERSON);
  mark(a, "中越联合声明", PG_T_DECLARATION);
  run(a);
  ok(has(a, "中越联合声明", PG_P_DATE, "2025-04-14"),
     "双方发表《X》 after the talks: the talks' day");
  pg_free_annot(a);

  a = doc("于20日开始的四中全会将制定《下一个五年规划》。国务院拟出台《乙方案》。",
          "2025-10-20");
  mark(a, "四中全会", PG_T_EVENT);
  mark(a, "下一个五年规划", PG_T_INITIATIVE);
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "乙方案", PG_T_INITIATIVE);
  run(a);
  ok(count(a, PG_P_ADOPTEDAT) == 0 && !has(a, "下一个五年规划", PG_P_PROPOSEDBY, "四中全会"),
     "将制定《X》: X is to be made, not made");
  ok(!has(a, "乙方案", PG_P_PROPOSEDBY, "国务院"), "... nor 拟出台《X》");
  pg_free_annot(a);
}

/* Dates of this kind: the day a work takes effect, a day after a title
 * chain's person, a day in parentheses after 今天, and a delivered
 * report. */
static void test_effective_and_chain_dates(void)
{
  pg_annot *a = doc(
      "国务院总理李强日前签署国务院令，公布《法规规章备案审查条例》，自2024年11"
      "月1日起施行。《数据安全法》于2021年6月10日通过，自2021年9月1日起施行。",
      "2024-09-01");

  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "李强", PG_T_PERSON);
  mark(a, "法规规章备案审查条例", PG_T_LAW);
  mark(a, "数据安全法", PG_T_LAW);
  run(a);
  ok(has(a, "法规规章备案审查条例", PG_P_DATE, "2024-11-01"),
     "自…起施行: the day it takes effect, the only day printed");
  ok(!has(a, "法规规章备案审查条例", PG_P_DATE, "2024-09"),
     "日前 (recently) states no month");
  ok(has(a, "数据安全法", PG_P_DATE, "2021-06-10"), "the day it passed");
  ok(!has(a, "数据安全法", PG_P_DATE, "2021-09-01"),
     "no effective date when another is given");
  pg_free_annot(a);

  a = doc("中共中央政治局常委、国务院副总理丁薛祥18日在北京会见哈萨克斯坦第一副总"
          "理斯克利亚尔，并共同主持中哈合作委员会第十二次会议。",
          "2025-03-19");
  mark(a, "中共中央政治局", PG_T_ORGANIZATION);
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "丁薛祥", PG_T_PERSON);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "哈萨克斯坦", PG_T_PLACE);
  mark(a, "斯克利亚尔", PG_T_PERSON);
  mark(a, "中哈合作委员会第十二次会议", PG_T_EVENT);
  pg_annot_add_fact(a, find_entity(a, "丁薛祥"), PG_P_JOBTITLE, -1, -1, "常委",
                    PG_LIT_ZH, 0, "test");
  pg_annot_add_fact(a, find_entity(a, "丁薛祥"), PG_P_JOBTITLE, -1, -1,
                    "副总理", PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "中哈合作委员会第十二次会议", PG_P_DATE, "2025-03-18"),
     "the day after a person named after a chain of titles");
  pg_free_annot(a);

  a = doc("较去年和前年端午假期有所增长。交通运输部今天（6月15日）联合发布《全面推"
          "广高速公路差异化收费实施方案》。",
          "2021-06-15");
  mark(a, "交通运输部", PG_T_ORGANIZATION);
  mark(a, "全面推广高速公路差异化收费实施方案", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "全面推广高速公路差异化收费实施方案", PG_P_DATE, "2021-06-15"),
     "今天（6月15日）: the day is today's, not of a year named before");
  ok(!has(a, "全面推广高速公路差异化收费实施方案", PG_P_DATE, "2019-06-15"),
     "前年 gives the day no year");
  pg_free_annot(a);

  a = doc("张春贤说，完全赞成李克强总理所作的政府工作报告。", "2021-03-07");
  mark(a, "张春贤", PG_T_PERSON);
  mark(a, "李克强", PG_T_PERSON);
  mark(a, "政府工作报告", PG_T_REPORT);
  pg_annot_add_fact(a, find_entity(a, "李克强"), PG_P_JOBTITLE, -1, -1, "总理",
                    PG_LIT_ZH, 0, "test");
  run(a);
  ok(has(a, "政府工作报告", PG_P_PROPOSEDBY, "李克强"),
     "X所作的<report>: X delivered it");
  ok(!has(a, "政府工作报告", PG_P_PROPOSEDBY, "张春贤"),
     "the speaker approving it did not");
  pg_free_annot(a);

  a = doc("习近平祝愿哈方主办的阿斯塔纳峰会取得圆满成功。2021中国电子商务大会开幕。"
          "由中国主办的北京论坛于2021年9月3日在北京举行。",
          "2021-09-04");
  mark_sub(a, "哈方", PG_T_PLACE, "country");
  mark(a, "阿斯塔纳峰会", PG_T_EVENT);
  mark(a, "2021中国电子商务大会", PG_T_EVENT);
  mark_sub(a, "中国", PG_T_PLACE, "country");
  mark(a, "北京论坛", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  run(a);
  ok(has(a, "阿斯塔纳峰会", PG_P_LOCATION, "哈方"),
     "the country hosting an event is where it is held");
  ok(!has(a, "北京论坛", PG_P_LOCATION, "中国"),
     "... unless another place is named for it");
  ok(has(a, "北京论坛", PG_P_LOCATION, "北京"), "the place named");
  ok(has(a, "2021中国电子商务大会", PG_P_DATE, "2021"),
     "an event dated nowhere else: the year its name opens with");
  ok(!has(a, "北京论坛", PG_P_DATE, "2021"), "a dated event keeps its day");
  pg_free_annot(a);

  a = doc("2025世界机器人大会正在北京举行，新品集中发布。第二届链博会将于明年举行。"
          "第三届数字经济论坛正在筹备。",
          "2025-08-11");
  mark(a, "2025世界机器人大会", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "第二届链博会", PG_T_EVENT);
  mark(a, "第三届数字经济论坛", PG_T_EVENT);
  run(a);
  ok(has(a, "2025世界机器人大会", PG_P_DATE, "2025-08-11") &&
         !has(a, "2025世界机器人大会", PG_P_DATE, "2025"),
     "…正在北京举行: being held on the document's day (not its name's year)");
  ok(!has(a, "第三届数字经济论坛", PG_P_DATE, "2025-08-11"),
     "正在 without a verb of holding dates nothing");
  pg_free_annot(a);

  a = doc("4月14日，研究院召开2021年开放课题研究成果线上交流会。", "2022-04-16");
  mark(a, "2021年开放课题研究成果线上交流会", PG_T_EVENT);
  run(a);
  ok(has(a, "2021年开放课题研究成果线上交流会", PG_P_DATE, "2022-04-14") &&
         !has(a, "2021年开放课题研究成果线上交流会", PG_P_DATE, "2021-04-14"),
     "a day of a meeting named after last year's work: the document's year");
  pg_free_annot(a);

  a = doc("2023世界人工智能大会将于7月6日在上海开幕。", "2022-04-16");
  mark(a, "2023世界人工智能大会", PG_T_EVENT);
  run(a);
  ok(has(a, "2023世界人工智能大会", PG_P_DATE, "2023-07-06"),
     "... but a later year in the name stays the day's");
  pg_free_annot(a);

  a = doc("卡塔尔交通与通讯部10日宣布，在2022年卡塔尔世界杯期间，卡方将接待球迷。",
          "2022-04-11");
  mark(a, "2022年卡塔尔世界杯", PG_T_EVENT);
  run(a);
  ok(!has(a, "2022年卡塔尔世界杯", PG_P_DATE, "2022-04-10"),
     "在<event>期间: what happens during it does not date it");
  pg_free_annot(a);

  a = doc("今天，我们开源1100亿参数的Qwen1.5系列首个千亿参数模型Qwen-Max。"
          "2024年，团队发布的嫦娥六号很好。", "2024-04-25");
  mark(a, "Qwen1.5", PG_T_PRODUCT);
  mark(a, "Qwen-Max", PG_T_PRODUCT);
  mark(a, "嫦娥六号", PG_T_PRODUCT);
  run(a);
  ok(has(a, "Qwen-Max", PG_P_DATE, "2024-04-25") &&
         !has(a, "Qwen1.5", PG_P_DATE, "2024-04-25"),
     "今天…开源…X系列…模型Y: the model after the series is released that day");
  ok(!has(a, "嫦娥六号", PG_P_DATE, "2024"), "a bare year dates no release");
  pg_free_annot(a);

  a = doc("政协第十四届全国委员会常务委员会第十次会议3月1日上午在北京开幕。会议审议"
          "通过关于召开政协第十四届全国委员会第三次会议的决定。政协第十四届全国"
          "委员会第三次会议将于3月4日开幕。", "2025-03-01");
  mark(a, "政协第十四届全国委员会常务委员会第十次会议", PG_T_EVENT);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "关于召开政协第十四届全国委员会第三次会议的决定", PG_T_DECLARATION);
  mark(a, "政协第十四届全国委员会第三次会议", PG_T_EVENT);
  mark_nested(a, "政协第十四届全国委员会第三次会议", PG_T_EVENT, NULL);
  run(a);
  ok(has(a, "关于召开政协第十四届全国委员会第三次会议的决定", PG_P_ADOPTEDAT,
         "政协第十四届全国委员会常务委员会第十次会议"),
     "会议审议通过…的决定: the meeting named before, not the one the "
     "decision names");
  pg_free_annot(a);

  a = doc("习近平将赴俄罗斯出席金砖国家领导人第十六次会晤。", "2024-10-18");
  mark(a, "习近平", PG_T_PERSON);
  mark_sub(a, "俄罗斯", PG_T_PLACE, "country");
  mark(a, "金砖国家领导人第十六次会晤", PG_T_EVENT);
  run(a);
  ok(has(a, "金砖国家领导人第十六次会晤", PG_P_LOCATION, "俄罗斯"),
     "赴<place>出席<event>: held there");
  pg_free_annot(a);

  a = doc("日前，2025年人工智能造福人类全球峰会在瑞士举办。", "2025-07-20");
  mark(a, "2025年人工智能造福人类全球峰会", PG_T_EVENT);
  mark(a, "瑞士", PG_T_PLACE);
  run(a);
  ok(count(a, PG_P_DATE) == 0,
     "日前 dates it vaguely: neither its month nor its name's year");
  pg_free_annot(a);

  a = doc("11月5日下午，国家主席习近平出席在武汉举行的《湿地公约》第十四届缔约方大"
          "会开幕式。丁薛祥12月1日在迪拜出席《联合国气候变化框架公约》第二十八次缔"
          "约方大会。",
          "2022-12-02");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "武汉", PG_T_PLACE);
  mark(a, "湿地公约", PG_T_DECLARATION);
  mark(a, "第十四届缔约方大会", PG_T_EVENT);
  mark(a, "丁薛祥", PG_T_PERSON);
  mark(a, "迪拜", PG_T_PLACE);
  mark(a, "联合国气候变化框架公约", PG_T_DECLARATION);
  mark(a, "第二十八次缔约方大会", PG_T_EVENT);
  run(a);
  ok(has(a, "第十四届缔约方大会", PG_P_LOCATION, "武汉"),
     "在X举行的《公约》第N届…大会: held in X, past the title");
  ok(has(a, "第二十八次缔约方大会", PG_P_LOCATION, "迪拜") &&
         has(a, "第二十八次缔约方大会", PG_P_DATE, "2022-12-01"),
     "在X出席《公约》第N次…大会: where and when");
  pg_free_annot(a);

  a = doc("丁薛祥18日在北京共同主持中哈合作委员会第十二次会议。会后，丁薛祥和斯克利"
          "亚尔共同签署《中哈合作委员会第十二次会议纪要》。",
          "2025-03-19");
  mark(a, "丁薛祥", PG_T_PERSON);
  mark(a, "北京", PG_T_PLACE);
  mark(a, "中哈合作委员会第十二次会议纪要", PG_T_DECLARATION);
  mark(a, "中哈合作委员会第十二次会议", PG_T_EVENT);
  mark(a, "斯克利亚尔", PG_T_PERSON);
  run(a);
  ok(has(a, "中哈合作委员会第十二次会议纪要", PG_P_PROPOSEDBY, "斯克利亚尔"),
     "the signers propose the minutes");
  ok(has(a, "中哈合作委员会第十二次会议纪要", PG_P_ADOPTEDAT,
         "中哈合作委员会第十二次会议"),
     "... which are adopted at the meeting they are named after");
  pg_free_annot(a);
}

static void test_speakers_and_motions(void)
{
  pg_annot *a;

  a = doc("携手构建人类命运共同体——在大会上的讲话\n中华人民共和国主席 习近平\n"
          "（2021年9月21日，北京）\n去年，我在这里提出了全球安全倡议。",
          "2021-09-21");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "全球安全倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "全球安全倡议", PG_P_PROPOSEDBY, "习近平"),
     "a byline before the dateline names the speaker; 我在这里提出");
  ok(has(a, "全球安全倡议", PG_P_DATE, "2020"),
     "... and the date the speaker recalls (去年) is the work's");
  pg_free_annot(a);

  a = doc("习近平强调，当前，世界百年未有之大变局加速演进，我提出全球发展倡议、"
          "全球安全倡议，目的是贡献中国方案。", "2023-05-18");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "全球发展倡议", PG_T_INITIATIVE);
  mark(a, "全球安全倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "全球发展倡议", PG_P_PROPOSEDBY, "习近平") &&
         has(a, "全球安全倡议", PG_P_PROPOSEDBY, "习近平"),
     "X强调，…我提出A、B: the person whose words the paragraph reports");
  pg_free_annot(a);

  a = doc("习近平会见托卡耶夫时表示，我提出了共建倡议。", "2023-05-18");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "托卡耶夫", PG_T_PERSON);
  mark(a, "共建倡议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "共建倡议", PG_P_PROPOSEDBY, "习近平") &&
         !has(a, "共建倡议", PG_P_PROPOSEDBY, "托卡耶夫"),
     "a person named before the verb of saying does not speak");
  pg_free_annot(a);

  a = doc("王毅会见了代表团。我们提出了共建倡议。", "2023-05-18");
  mark(a, "王毅", PG_T_PERSON);
  mark(a, "共建倡议", PG_T_INITIATIVE);
  run(a);
  ok(!has(a, "共建倡议", PG_P_PROPOSEDBY, "王毅"),
     "a paragraph opening with a person who does not speak has no speaker");
  pg_free_annot(a);

  a = doc("会议审议了全国人大常委会关于提请审议《组织法（修正草案）》的议案、"
          "关于提请审议《议事规则（修正草案）》的议案。", "2021-03-05");
  mark(a, "全国人大常委会", PG_T_ORGANIZATION);
  mark(a, "组织法（修正草案）", PG_T_LAW);
  mark(a, "议事规则（修正草案）", PG_T_LAW);
  run(a);
  ok(has(a, "组织法（修正草案）", PG_P_PROPOSEDBY, "全国人大常委会"),
     "X关于提请审议《Y》的议案: the body moving the bill proposes it");
  ok(has(a, "议事规则（修正草案）", PG_P_PROPOSEDBY, "全国人大常委会"),
     "... and each motion of the list after it");
  pg_free_annot(a);

  a = doc("全国人民代表大会常务委员会委员长栗战书主持会议。《反食品浪费法》已由"
          "中华人民共和国第十三届全国人民代表大会常务委员会第二十八次会议于2021年"
          "4月29日通过。", "2021-04-29");
  mark(a, "中华人民共和国第十三届全国人民代表大会常务委员会第二十八次会议",
       PG_T_EVENT);
  mark(a, "全国人民代表大会常务委员会", PG_T_ORGANIZATION);
  mark(a, "反食品浪费法", PG_T_LAW);
  run(a);
  ok(has(a, "反食品浪费法", PG_P_ADOPTEDAT,
         "中华人民共和国第十三届全国人民代表大会常务委员会第二十八次会议") &&
         has(a, "反食品浪费法", PG_P_PROPOSEDBY, "全国人民代表大会常务委员会"),
     "a work adopted at a session is the body's the session's name holds");
  pg_free_annot(a);

  a = doc("国务院副总理主持会议。《某条例》已由国务院第一次常务会议于2021年4月"
          "29日通过。", "2021-04-29");
  mark(a, "国务院第一次常务会议", PG_T_EVENT);
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "某条例", PG_T_LAW);
  run(a);
  ok(has(a, "某条例", PG_P_ADOPTEDAT, "国务院第一次常务会议") &&
         !has(a, "某条例", PG_P_PROPOSEDBY, "国务院"),
     "... but not a meeting whose name holds more than the body and 会议");
  pg_free_annot(a);

  a = doc("国务院办公厅近日印发《提振消费方案》。\n《方案》提出，要大力提振消费。\n"
          "一是开展增收促进行动，要促进增长。提高保障能力。\n"
          "二是开展品质提升行动，要强化引领。\n另据报道，开展某某行动。\n"
          "一是开展无关行动。", "2025-03-16");
  mark(a, "国务院办公厅", PG_T_ORGANIZATION);
  mark(a, "提振消费方案", PG_T_INITIATIVE);
  mark_as(a, "方案", PG_T_INITIATIVE, "提振消费方案");
  mark(a, "增收促进行动", PG_T_INITIATIVE);
  mark(a, "品质提升行动", PG_T_INITIATIVE);
  mark(a, "无关行动", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "增收促进行动", PG_P_PROPOSEDBY, "国务院办公厅") &&
         has(a, "品质提升行动", PG_P_PROPOSEDBY, "国务院办公厅"),
     "《方案》提出…。一是开展A行动: the enumerated initiatives are the work's "
     "issuers'");
  ok(!has(a, "无关行动", PG_P_PROPOSEDBY, "国务院办公厅"),
     "... not an enumeration after a paragraph that states no work's contents");
  pg_free_annot(a);

  a = doc("习近平同塞尔维亚总统武契奇举行会谈。会谈后，两国元首共同签署《甲联合声明》。",
          "2024-05-09");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "武契奇", PG_T_PERSON);
  mark(a, "甲联合声明", PG_T_DECLARATION);
  run(a);
  ok(has(a, "甲联合声明", PG_P_PROPOSEDBY, "习近平") &&
         has(a, "甲联合声明", PG_P_PROPOSEDBY, "武契奇"),
     "两国元首签署《X》: the two persons of the talks issue X");
  pg_free_annot(a);

  a = doc("美国参议院外交委员会21日以21比1的票数，压倒性通过《甲法》。", "2021-04-22");
  mark(a, "美国参议院", PG_T_ORGANIZATION);
  mark(a, "外交委员会", PG_T_ORGANIZATION);
  mark(a, "甲法", PG_T_LAW);
  run(a);
  ok(has(a, "甲法", PG_P_PROPOSEDBY, "外交委员会") &&
         !has(a, "甲法", PG_P_PROPOSEDBY, "美国参议院"),
     "a subject that is a body and its unit: the unit acts");
  ok(has(a, "甲法", PG_P_DATE, "2021-04-21"),
     "the day of the clause whose subject the verb's clause takes");
  pg_free_annot(a);

  a = doc("根据会议议程，国务院总理李强代表国务院向大会作政府工作报告。", "2025-03-05");
  mark(a, "政府工作报告", PG_T_REPORT);
  mark(a, "李强", PG_T_PERSON);
  mark(a, "国务院", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "政府工作报告", PG_P_PROPOSEDBY, "李强") &&
         has(a, "政府工作报告", PG_P_PROPOSEDBY, "国务院"),
     "A代表B向大会作<report>: both deliver it");
  pg_free_annot(a);

  a = doc("4月30日上午，习近平在上海主持召开甲座谈会并发表重要讲话。", "2025-05-01");
  mark(a, "习近平", PG_T_PERSON);
  mark(a, "上海", PG_T_PLACE);
  mark(a, "甲座谈会", PG_T_EVENT);
  run(a);
  ok(has(a, "甲座谈会", PG_P_LOCATION, "上海") &&
         has(a, "甲座谈会", PG_P_DATE, "2025-04-30"),
     "在<place>主持召开<event>: held there, that day");
  pg_free_annot(a);

  a = doc("会议还发布了中国公司治理研究院编制的《专题报告》。", "2022-11-25");
  mark(a, "中国公司治理研究院", PG_T_ORGANIZATION);
  mark(a, "专题报告", PG_T_REPORT);
  run(a);
  ok(has(a, "专题报告", PG_P_PROPOSEDBY, "中国公司治理研究院"),
     "X编制的《Y》: the body that compiled it issues it");
  pg_free_annot(a);

  a = doc("张桃林常委建议，编制实施《乙规划》，做优做强产业。", "2021-06-22");
  mark(a, "张桃林", PG_T_PERSON);
  mark(a, "乙规划", PG_T_INITIATIVE);
  run(a);
  ok(!has(a, "乙规划", PG_P_PROPOSEDBY, "张桃林"),
     "X建议，编制《Y》: a proposal that someone act, not X's act");
  pg_free_annot(a);

  a = doc("新华社北京6月3日电  国务院总理李强日前签署国务院令，公布《丙条例》。",
          "2025-06-04");
  mark(a, "新华社", PG_T_ORGANIZATION);
  mark(a, "国务院", PG_T_ORGANIZATION);
  mark(a, "李强", PG_T_PERSON);
  mark(a, "丙条例", PG_T_LAW);
  run(a);
  ok(has(a, "丙条例", PG_P_PROPOSEDBY, "国务院") &&
         has(a, "丙条例", PG_P_PROPOSEDBY, "李强") &&
         !has(a, "丙条例", PG_P_PROPOSEDBY, "新华社"),
     "a dateline is no actor; a body and its post's holder act together");
  ok(!has(a, "丙条例", PG_P_DATE, "2025-06-03"),
     "日前 after the dateline: the act's day is not the dateline's");
  pg_free_annot(a);

  a = doc("党的二十届四中全会高度评价重大成就，审议通过了《关于制定规划的建议》。",
          "2025-10-23");
  mark(a, "二十届四中全会", PG_T_EVENT);
  mark(a, "关于制定规划的建议", PG_T_INITIATIVE);
  run(a);
  ok(has(a, "关于制定规划的建议", PG_P_ADOPTEDAT, "二十届四中全会"),
     "党的<plenum>…，审议通过了《X》: the plenum opens the clause and adopts X");
  pg_free_annot(a);

  a = doc("《罚款处罚规定》今年3月1日起施行\n应急管理部近日公布了《罚款处罚规定》。",
          "2024-01-17");
  mark(a, "罚款处罚规定", PG_T_LAW);
  mark(a, "应急管理部", PG_T_ORGANIZATION);
  run(a);
  ok(has(a, "罚款处罚规定", PG_P_DATE, "2024-03-01"),
     "《X》<date>起施行 without 自: the day the work right before takes effect");
  pg_free_annot(a);

  a = doc("本报北京11月30日电（记者张慧中）国务院总理李克强出席理事会第十九次会议。",
          "2020-12-01");
  mark(a, "张慧中", PG_T_PERSON);
  mark(a, "李克强", PG_T_PERSON);
  mark(a, "理事会第十九次会议", PG_T_EVENT);
  run(a);
  ok(has(a, "理事会第十九次会议", PG_P_ATTENDEE, "李克强") &&
         !has(a, "理事会第十九次会议", PG_P_ATTENDEE, "张慧中"),
     "（记者X）…出席<event>: the reporter in the credit attends nothing");
  pg_free_annot(a);

  a = doc("省委人才工作会议在哈尔滨召开。沈莹传达中央人才工作会议精神。"
          "许勤强调，学习中央人才工作会议精神。黄建盛、陈海波出席会议。",
          "2021-12-22");
  mark(a, "省委人才工作会议", PG_T_EVENT);
  mark(a, "中央人才工作会议", PG_T_EVENT);
  mark(a, "哈尔滨", PG_T_PLACE);
  mark(a, "沈莹", PG_T_PERSON);
  mark(a, "许勤", PG_T_PERSON);
  mark(a, "黄建盛", PG_T_PERSON);
  mark(a, "陈海波", PG_T_PERSON);
  run(a);
  ok(has(a, "省委人才工作会议", PG_P_ATTENDEE, "黄建盛") &&
         !has(a, "中央人才工作会议", PG_P_ATTENDEE, "黄建盛"),
     "出席会议: the meeting held in the item, not one named more often as a "
     "reference (传达…精神)");
  pg_free_annot(a);
}

int main(void)
{
  const char *dir = getenv("POLICYGRAPH_DATADIR");

  rel = pg_new_relator(dir ? dir : "ontology", NULL);
  ok(rel != NULL, "rules load");
  if (!rel)
    return tap_done();
  test_proposed();
  test_team();
  test_owned();
  test_declarations();
  test_events_and_dates();
  test_products_founders();
  test_conference();
  test_announcement();
  test_more_patterns();
  test_bad_rules();
  test_reltab();
  test_doc_date();
  test_join();
  test_unseen_forms();
  test_real_forms();
  test_news_forms();
  test_notice_inner();
  test_generic_ref_forward();
  test_enumeration();
  test_joint_documents();
  test_closing_and_editions();
  test_founders_in_place();
  test_effective_and_chain_dates();
  test_speakers_and_motions();
  pg_free_relator(rel);
  return tap_done();
}
