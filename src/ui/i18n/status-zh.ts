import type { StatusMessages } from './status-en';

const items = (scenarios: readonly string[], series: readonly string[]) =>
  [...scenarios.map((name) => `情景“${name}”`), ...series.map((name) => `序列“${name}”`)].join('、');

/** The banners' words in Chinese (see status-en.ts). */
export const statusZh: StatusMessages = {
  failed: '浏览器拒绝保存（存储空间已满？）。此后的修改只在本页面中：刷新或关闭页面后将丢失，页面会打开上次保存的工作。请下载您的工作以保留。',
  unavailable: '此浏览器已关闭存储。修改有效，但刷新或关闭页面后将全部丢失。请下载您的工作以保留。',
  downloadWork: '下载我的工作',
  tabConflict: (names: readonly string[]) =>
    `另一个标签页修改了与本页相同的情景。两个版本都已保留：本页的版本现名为 ${names.map((name) => `“${name}”`).join('、')}。`,
  lost: (scenarios, series, max) =>
    `另一个标签页同时添加了内容，本页的部分内容放不下（情景最多${max.scenarios}个，自建序列最多${max.series}个）：${items(scenarios, series)}已不在本页。请下载保存，腾出位置后再导入。`,
  kept: (scenarios, series) => `另一个标签页此前未能保留的内容仍存于本浏览器：${items(scenarios, series)}。请下载保存，腾出位置后再导入。`,
  downloadLost: '下载未保留的内容',
  baseUpdated: (name: string) => `“报告基准”已更新为本版本对报告的读法；您保存的工作中的早前读法已另存为情景“${name}”。`,
  baseUpdatedFull: (max: number) => `“报告基准”已更新为本版本对报告的读法；您保存的工作中的早前读法无法另存：情景列表最多${max}个。`,
  recoveredCorrupt: '无法读取已保存的工作（数据已损坏）。',
  recoveredInvalid: '已保存的工作未通过校验，未被载入。',
  recoveredNewer: '已保存的工作来自本应用的更新版本，未被载入。',
  recoveredKept: '已保留一份副本；应用已从默认设置开始。',
  download: '下载副本',
  dismiss: '知道了',

};
