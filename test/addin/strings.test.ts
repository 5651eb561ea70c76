/** Every view's words exist in Danish and English, with nothing left empty. */
import { CREATE_STRINGS } from "../../src/taskpane/create/strings";
import { MODEL_STRINGS } from "../../src/taskpane/modelView/strings";
import { OPERATION_STRINGS } from "../../src/taskpane/operation/strings";
import { ROLLOUT_STRINGS } from "../../src/taskpane/rollout/strings";
import { VALIDATE_STRINGS } from "../../src/taskpane/validate/strings";

/** Every key path of an object; functions are leaves, called with sample arguments. */
function leaves(value: object, prefix = ""): Array<[string, unknown]> {
  return Object.entries(value).flatMap(([key, inner]): Array<[string, unknown]> => {
    if (typeof inner === "function") return [[`${prefix}${key}`, inner("X", 2, "Y")]];
    return inner && typeof inner === "object" ? leaves(inner, `${prefix}${key}.`) : [[`${prefix}${key}`, inner]];
  });
}

describe.each([
  { name: "create", strings: CREATE_STRINGS },
  { name: "validate", strings: VALIDATE_STRINGS },
  { name: "model", strings: MODEL_STRINGS },
  { name: "operation", strings: OPERATION_STRINGS },
  { name: "rollout", strings: ROLLOUT_STRINGS },
])("the $name strings", ({ strings }) => {
  it("have the same keys in Danish and English", () => {
    expect(leaves(strings.en).map(([key]) => key)).toEqual(leaves(strings.da).map(([key]) => key));
  });

  it("have no empty text in either language", () => {
    for (const language of ["da", "en"] as const) {
      const empty = leaves(strings[language]).filter(([, text]) => typeof text !== "string" || text.trim() === "");
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });
});
