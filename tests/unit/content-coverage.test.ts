import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Every fact of the material's sections 一 to 八 must be taught. The lessons are written in the
 * course's own words, so this checks the terms each fact cannot be taught without; `a|b` accepts
 * either wording.
 */
const FACTS: Record<string, { section: string; terms: string[] }> = {
  '01-definition': { section: '一', terms: ['特征', '属性', '需求', '决策过程|过程做决定', '行为模式|怎样行事', '销售策略', '组织结构', '决策权力', '采购流程', '预算安排', '文化背景', '政企市场', '多层次', '职能部门', '利益相关者', '政策', '行业标准', '内部文化', '外部因素', '洞察力', '灵活'] },
  '02-types': { section: '二', terms: ['政府机构', '程序', '标准', '透明', '政策变化', '国有企业', '合规', '社会责任', '领导', '导向', '私营企业', '灵活', '成本效益', '市场竞争力', '非营利组织', '社会效益', '捐赠者', '利益相关者|利益相关方'] },
  '03-decision-process': { section: '三', terms: ['需求识别', '信息搜索', '评估方案', '采购决策', '市场', '调研', '可行性', '供应商', '多方评估', '多级审批', '利益相关者|利益相关方'] },
  '04-roles': { section: '四', terms: ['决策者', '影响者', '使用者', '采购人员', '最终决策|最后的板', '高层', '部门领导|部门负责人', '参考', '反馈', '采购流程', '供应商'] },
  '05-factors': { section: '五', terms: ['行业特性', '高科技', '创新能力', '传统制造业', '成本控制', '组织文化', '价值观', '决策方式', '采购偏好', '市场环境', '经济波动', '政策调整'] },
  '06-discovery': { section: '六', terms: ['信息查询法', '社交媒体', '行业报告', '行业动态', '关键访谈法', '第一手', '现场观察法', '实地', '办公环境', '工作流程', '组织架构', '运作模式'] },
  '07-soe-case': { section: '七', terms: ['科技公司', '国有企业', '多个部门', '层级', '信息查询法', '关键访谈法', '项目负责人', '使用者', '组织文化', '决策流程', '技术优势', '长期发展', '合作协议'] },
  '08-summary': { section: '八', terms: ['销售', '需求', '策略', '动态变化', '数据分析', '信息技术', '洞察力', '竞争优势', '大数据', '人工智能', '潜在需求', '行为模式', '销售效率', '可持续发展', '商机挖掘', '行业客户开拓'] },
};

const dir = new URL('../../content/courses/customer-org/zh-CN/lessons/', import.meta.url);

describe('every fact of the material is taught', () => {
  it.each(Object.entries(FACTS).map(([file, f]) => ({ file, ...f })))('$file covers section $section', ({ file, section, terms }) => {
    const text = readFileSync(new URL(`${file}.mdx`, dir), 'utf8');
    expect(text).toContain(`source: ${section}`);
    expect(terms.filter((t) => !t.split('|').some((alt) => text.includes(alt)))).toEqual([]);
  });
});
