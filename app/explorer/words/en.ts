/** The contract explorer's words in English: loaded with its page. */
export const words = {
  explorer: {
    lead: "Every view and every write of every deployed CareChain contract, with typed inputs from its ABI. Reads go through the app's reads; writes through its transaction flow, simulated first. For development only.",
    contract: "Contract",
    notDeployed: "Not deployed on this network.",
    reads: "Views",
    writes: "Writes",
    read: "Read",
    write: "Send",
    value: "ETH to send",
    jsonHint: 'As JSON: [1, 2] for a list, {"name": value} for a struct.',
    tx: "Call {{call}}",
    confirmed: "Confirmed.",
    input: {
      json: "Not valid JSON.",
      array: "Expected a list: [ … ].",
      arrayLength: "The list has the wrong number of items.",
      tuple: "The struct has the wrong fields.",
      bool: "Enter true or false.",
      integer: "Enter a whole number in digits.",
      range: "That number does not fit this type.",
      hex: "Enter hex: 0x followed by pairs of hex digits.",
      bytesLength: "Wrong number of bytes for this type.",
      unsupported: "This type cannot be entered here.",
      ether: "Enter an amount of ETH, like 0.05.",
    },
  },
};
