import type { Messages } from "../../i18n/messages";
import type { words as english } from "./en";

/** The contract explorer's words in Chinese (Simplified): loaded with its page when chosen. */
export const words: Messages<typeof english> = {
  explorer: {
    lead: "每个已部署的 CareChain 合约的所有查询和写入，输入类型来自其 ABI。查询经由应用的读取引擎；写入经由应用的交易流程，先行模拟。仅用于开发。",
    contract: "合约",
    notDeployed: "未部署在此网络上。",
    reads: "查询",
    writes: "写入",
    read: "读取",
    write: "发送",
    value: "发送的 ETH",
    jsonHint: '以 JSON 填写：列表如 [1, 2]，结构如 {"name": value}。',
    tx: "调用 {{call}}",
    confirmed: "已确认。",
    input: {
      json: "不是有效的 JSON。",
      array: "应为列表：[ … ]。",
      arrayLength: "列表的项数不对。",
      tuple: "结构的字段不对。",
      bool: "请输入 true 或 false。",
      integer: "请输入整数。",
      range: "该数字超出此类型的范围。",
      hex: "请输入十六进制：0x 后跟成对的十六进制数字。",
      bytesLength: "字节数与此类型不符。",
      unsupported: "此类型无法在此输入。",
      ether: "请输入 ETH 数额，例如 0.05。",
    },
  },
};
