import type { enShell } from "../en/shell";
import type { Messages } from "../messages";

export const zhShell: Messages<typeof enShell> = {
  app: {
    name: "CareChain",
    tagline: "基于智能合约的医疗资源、患者自主掌控的病历与医疗账单。",
    skipToContent: "跳到正文",
  },
  nav: { main: "主导航", menu: "菜单" },
  wallet: {
    connect: "连接钱包",
    network: "网络",
    networkNamed: "网络：{{name}}，切换网络",
    wrongNetwork: "网络错误",
    account: "账户 {{address}}",
  },
  language: { label: "语言", en: "English", "zh-CN": "简体中文" },
  addresses: { showFull: "显示完整地址" },
  home: {
    title: "运行在智能合约上的医疗服务，由患者掌控",
    intro:
      "管理员在各医疗机构之间分配稀缺的医疗资源，医生向由患者掌控的账本添加加密病历，患者用自己的钱包支付账单。",
    privacy: "健康数据绝不以明文上链：病历在离开您的浏览器之前就已加密。",
    whoTitle: "您的身份",
    notConnected: "连接钱包以查看您的角色。在本地链上，可选择“开发账户”以演示用户身份操作。",
    account: "账户",
    persona: "演示角色",
    roles: "角色",
    noRoles: "没有角色：您可以以患者身份使用。",
    capabilitiesTitle: "您可以做什么",
  },
  pages: {
    notFound: { title: "页面不存在", back: "返回首页" },
  },
  personas: {
    admin: "管理员",
    doctor: "医生",
    patient: "患者",
    billing: "收费处",
    facilityManager: "机构负责人",
  },
  devAccounts: {
    walletName: "开发账户",
    title: "以演示账户身份操作",
    help: "本地链上 anvil 的已解锁开发账户，由本地链代为签名：切勿在其他地方使用。",
    switch: "切换账户",
    cancel: "取消",
    loading: "正在加载本地链账户…",
    unreachable: "本地链没有响应。请使用 npm run dev 启动。",
    other: "未命名账户 #{{index}}",
  },
  network: {
    nodeDown: "无法连接 {{chain}} 节点（{{url}}）。正在重试……屏幕上的数据可能已过时。",
    nodeBack: "已恢复与节点的连接。",
    notDeployed: "CareChain 尚未部署在 {{chain}} 上。",
    switchTo: "切换到 {{chain}}",
    unsupported: "您的钱包所在网络不受 CareChain 支持。",
  },
  tx: {
    awaitingSignature: "请在钱包中确认：{{action}}",
    pending: "处理中：{{action}}",
    confirmed: "已确认：{{action}}",
    failed: "失败：{{action}}",
    hash: "交易 {{hash}}",
    dismissOne: "关闭关于“{{action}}”的报告",
    announce: {
      signing: "{{action}}：请在钱包中确认。",
      pending: "{{action}}：已发送，等待网络确认。",
      confirmed: "{{action}}：已完成。",
      failed: "{{action}} 失败。{{detail}}",
    },
  },
  common: {
    loading: "加载中…",
    close: "关闭",
    unknownRole: "未知角色",
    loadMore: "加载更多",
    scrollList: "{{list}}（可滚动）",
    previous: "上一页",
    next: "下一页",
    range: "第 {{first}}–{{last}} 项，共 {{total}} 项",
  },
};
