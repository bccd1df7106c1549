// The demo shop's category tree. Slugs are unique across the tree; `path` is derived from them.

export interface CategoryNode {
  slug: string;
  name: string;
  description: string;
  featured?: boolean;
  children?: CategoryNode[];
}

export const categoryTree: CategoryNode[] = [
  {
    slug: 'bikes',
    name: 'Bikes',
    description: 'Road, gravel, mountain and electric bikes, built up and checked by our workshop.',
    featured: true,
    children: [
      { slug: 'road', name: 'Road Bikes', description: 'Race, aero and endurance road bikes for fast days on tarmac.' },
      { slug: 'gravel', name: 'Gravel Bikes', description: 'Drop-bar bikes with wide tyres for forest roads, bikepacking and commuting.' },
      { slug: 'mountain', name: 'Mountain Bikes', description: 'Hardtails and full-suspension bikes from cross-country to enduro.' },
      { slug: 'e-bikes', name: 'E-Bikes', description: 'Pedal-assist bikes for commuting, touring and steep trails.' },
      { slug: 'kids', name: 'Kids Bikes', description: 'Light, properly sized bikes for young riders from balance bike age up.' },
    ],
  },
  {
    slug: 'components',
    name: 'Components',
    description: 'Drivetrain, wheels, brakes and cockpit parts to upgrade or rebuild your bike.',
    children: [
      { slug: 'drivetrain', name: 'Drivetrain', description: 'Chains, cassettes, chainsets, derailleurs and shifters.' },
      { slug: 'wheels', name: 'Wheels', description: 'Wheelsets for road, gravel and trail, tubeless ready.' },
      { slug: 'brakes', name: 'Brakes', description: 'Disc brakes, rotors and pads.' },
      { slug: 'cockpit', name: 'Cockpit', description: 'Handlebars, stems, bar tape and grips.' },
    ],
  },
  {
    slug: 'apparel',
    name: 'Apparel',
    description: 'Technical cycling clothing for every season.',
    featured: true,
    children: [
      { slug: 'jerseys', name: 'Jerseys', description: 'Short and long sleeve jerseys from race fit to relaxed.' },
      { slug: 'bib-shorts', name: 'Bib Shorts', description: 'Bib shorts and tights with chamois for long rides.' },
      { slug: 'jackets', name: 'Jackets', description: 'Rain shells, wind vests and insulated winter jackets.' },
      { slug: 'gloves', name: 'Gloves', description: 'Mitts, full-finger and winter gloves.' },
    ],
  },
  {
    slug: 'accessories',
    name: 'Accessories',
    description: 'Helmets, lights, locks, bags and pumps.',
    featured: true,
    children: [
      { slug: 'helmets', name: 'Helmets', description: 'Road, trail and urban helmets.' },
      { slug: 'lights', name: 'Lights', description: 'Front and rear lights, rechargeable over USB-C.' },
      { slug: 'locks', name: 'Locks', description: 'U-locks, chains and folding locks.' },
      { slug: 'bags', name: 'Bags', description: 'Frame, saddle and handlebar bags, panniers and backpacks.' },
      { slug: 'pumps', name: 'Pumps', description: 'Floor pumps, mini pumps and CO2 inflators.' },
    ],
  },
  {
    slug: 'nutrition',
    name: 'Nutrition',
    description: 'Energy bars, gels and drink mixes for training and racing.',
    children: [
      { slug: 'bars', name: 'Energy Bars', description: 'Oat, rice and protein bars that are easy to eat on the bike.' },
      { slug: 'gels', name: 'Energy Gels', description: 'Fast carbohydrate gels, with and without caffeine.' },
      { slug: 'drinks', name: 'Drink Mixes', description: 'Hydration and carbohydrate drink mixes and electrolyte tabs.' },
    ],
  },
];
