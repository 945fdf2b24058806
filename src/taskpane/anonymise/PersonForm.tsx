import { useId, useState, type FormEvent } from "react";
import {
  Button,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { roleText } from "../../core/anonymise/key";
import {
  PERSON_ROLES,
  PersonSchema,
  suggestCode,
  type Person,
  type PersonRole,
} from "../../core/anonymise/register";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Draft {
  name: string;
  variants: string;
  role: PersonRole;
  roleDetail: string;
  code: string;
}

function draftOf(person?: Person): Draft {
  return {
    name: person?.name ?? "",
    variants: person?.variants.join(", ") ?? "",
    role: person?.role ?? "victim",
    roleDetail: person?.roleDetail ?? "",
    code: person?.code ?? "",
  };
}

type Errors = Partial<Record<"name" | "variants" | "code" | "roleDetail", string>>;

/**
 * Add or edit one person: real name, other ways the report writes them, role, and the code that
 * replaces them (typed, or proposed as initials or a pseudonym). Codes must differ from the other
 * people's.
 */
export function PersonForm({
  person,
  otherCodes,
  onSave,
  onCancel,
}: {
  person?: Person;
  /** Codes the other people in the register have. */
  otherCodes: readonly string[];
  onSave: (person: Person) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const propose = (style: "initials" | "pseudonym") =>
    set({
      code: suggestCode(
        { name: draft.name, role: draft.role, roleDetail: draft.roleDetail },
        otherCodes,
        style,
      ),
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = PersonSchema.safeParse({
      name: draft.name,
      variants: draft.variants
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
      code: draft.code,
      role: draft.role,
      ...(draft.roleDetail.trim() ? { roleDetail: draft.roleDetail } : {}),
      ...(person?.noDerived !== undefined ? { noDerived: person.noDerived } : {}),
    });
    const next: Errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as keyof Errors;
        next[key] ??=
          key === "name"
            ? "Type the person's real name."
            : key === "code"
              ? "Type the code that replaces the name, or propose one."
              : issue.message;
      }
    } else if (otherCodes.some((c) => c.trim().toLowerCase() === parsed.data.code.toLowerCase())) {
      next.code = `Someone else already has the code "${parsed.data.code}": choose another.`;
    }
    setErrors(next);
    if (parsed.success && Object.keys(next).length === 0) onSave(parsed.data);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={headingId} noValidate>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {person ? `Edit ${person.name}` : "Add a person"}
      </Subtitle2>
      <Field
        className={styles.field}
        label="Real name"
        required
        validationMessage={errors.name}
        hint="As the report mostly writes it, e.g. Joanne Bloggs or Doctor Smith."
      >
        {/* The form replaces the button that opened it: focus goes to its first field. */}
        <Input autoFocus value={draft.name} onChange={(_e, d) => set({ name: d.value })} />
      </Field>
      <Field
        className={styles.field}
        label="Other ways the report writes this person"
        hint="Separate with commas, e.g. Jo, Ms Bloggs. The first name, surname and title with surname are found anyway."
      >
        <Input value={draft.variants} onChange={(_e, d) => set({ variants: d.value })} />
      </Field>
      <Field className={styles.field} label="Role">
        <Select value={draft.role} onChange={(_e, d) => set({ role: d.value as PersonRole })}>
          {PERSON_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleText({ role: r } as Person)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className={styles.field}
        label="Job or relationship (optional)"
        hint="e.g. GP, mother of Child 1. It goes in the key to initials."
      >
        <Input value={draft.roleDetail} onChange={(_e, d) => set({ roleDetail: d.value })} />
      </Field>
      <Field
        className={styles.field}
        label="Code"
        required
        validationMessage={errors.code}
        hint="What replaces the name in the report."
      >
        <Input value={draft.code} onChange={(_e, d) => set({ code: d.value })} />
      </Field>
      <div className={styles.row}>
        <Button size="small" onClick={() => propose("initials")} disabled={!draft.name.trim()}>
          Propose initials
        </Button>
        <Button size="small" onClick={() => propose("pseudonym")}>
          Propose a pseudonym
        </Button>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" type="submit">
          {person ? "Save changes" : "Add to the register"}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
