// Invented brands for the demo shop (none is a real trademark). `code` prefixes SKUs.

export interface BrandData {
  slug: string;
  name: string;
  code: string;
  description: string;
}

export const brands: BrandData[] = [
  { slug: 'velora', name: 'Velora', code: 'VEL', description: 'Italian-styled carbon road and gravel bikes, designed in Bergamo.' },
  { slug: 'grimpeur-works', name: 'Grimpeur Works', code: 'GRW', description: 'Lightweight climbing bikes and components from a small Alpine workshop.' },
  { slug: 'tessera-cycles', name: 'Tessera Cycles', code: 'TES', description: 'Versatile gravel and adventure bikes for long routes off the beaten track.' },
  { slug: 'kessel-mountain', name: 'Kessel Mountain Co.', code: 'KES', description: 'Trail and enduro mountain bikes tested on Black Forest singletrack.' },
  { slug: 'voltaro', name: 'Voltaro', code: 'VOL', description: 'Electric bikes for city, trekking and trail with in-house motor tuning.' },
  { slug: 'piccolo-velo', name: 'Piccolo Velo', code: 'PIC', description: 'Light, well-proportioned bikes for children aged 3 to 12.' },
  { slug: 'cadence-forge', name: 'Cadence Forge', code: 'CAD', description: 'Precision-machined drivetrain parts and cockpit components.' },
  { slug: 'spokewright', name: 'Spokewright', code: 'SPK', description: 'Hand-built wheels with carbon and alloy rims, trued by hand.' },
  { slug: 'haltwell', name: 'Haltwell', code: 'HAL', description: 'Hydraulic disc brakes, rotors and pads for road and trail.' },
  { slug: 'maillot-atelier', name: 'Maillot Atelier', code: 'MAI', description: 'Race and club cycling clothing sewn in Portugal.' },
  { slug: 'northpaw', name: 'Northpaw', code: 'NPW', description: 'Weatherproof jackets and gloves for riding through the winter.' },
  { slug: 'carapace', name: 'Carapace Protective', code: 'CAR', description: 'Helmets with a rotational impact liner for road, trail and town.' },
  { slug: 'lumenfell', name: 'Lumenfell', code: 'LUM', description: 'Bright, rechargeable bike lights with road-legal beam patterns.' },
  { slug: 'bastion-lockworks', name: 'Bastion Lockworks', code: 'BAS', description: 'Hardened-steel locks rated by independent testers.' },
  { slug: 'pannier-and-pine', name: 'Pannier & Pine', code: 'PNP', description: 'Waterproof bikepacking and commuter bags.' },
  { slug: 'tidewind', name: 'Tidewind', code: 'TID', description: 'Floor pumps, mini pumps and inflators that last.' },
  { slug: 'fuelwell', name: 'Fuelwell', code: 'FUE', description: 'Sports nutrition developed with endurance coaches.' },
  { slug: 'col-kitchen', name: 'Col Kitchen', code: 'COL', description: 'Real-food energy bars baked with oats, fruit and nuts.' },
];
