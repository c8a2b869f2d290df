// A card's title: a level-2 heading (screen readers list and jump by headings), without the browser's h2 margins.
import { makeStyles, Text } from "@fluentui/react-components";

const useStyles = makeStyles({ title: { margin: 0 } });

export function SectionTitle({ children }: { readonly children: string }): React.JSX.Element {
  return (
    <Text as="h2" weight="semibold" size={300} className={useStyles().title}>
      {children}
    </Text>
  );
}
